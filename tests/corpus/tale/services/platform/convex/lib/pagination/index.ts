export {
  type CursorPaginationOptions,
  type CursorPaginatedResult,
  cursorPaginationOptsValidator,
  cursorPaginatedResultValidator,
  DEFAULT_PAGE_SIZE,
} from './types';

export { paginateWithFilter } from './helpers';
