// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Category as _agentvault_marketplace_v1_Category, Category__Output as _agentvault_marketplace_v1_Category__Output } from '../../../agentvault/marketplace/v1/Category.js';

export interface CategoryList {
  'items'?: (_agentvault_marketplace_v1_Category)[];
}

export interface CategoryList__Output {
  'items': (_agentvault_marketplace_v1_Category__Output)[];
}
