export * from '../../lib/shared/schemas/users';

export * from './get_user_by_email';
export * from './add_member_internal';
export * from './create_user_without_session';
export * from './create_member';
export * from './update_user_password';
export * from './has_any_users';
