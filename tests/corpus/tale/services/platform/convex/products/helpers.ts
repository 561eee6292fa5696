export * from './validators';
export * from './types';

export * from './create_product';
export * from './get_product_by_id';
export * from './query_products';
export * from './update_products';
export * from './list_by_organization';
export * from './filter_products';

export * from './get_products_cursor';
export * from './get_product';
export * from './create_product_with_translations';
export * from './update_product';
export * from './delete_product';
export * from './upsert_product_translation';
