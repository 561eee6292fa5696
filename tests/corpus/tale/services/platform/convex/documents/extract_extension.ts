export { extractExtension } from '../../lib/shared/file-types';
