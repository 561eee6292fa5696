export { formatArkErrors, parseArk } from "./ark.js";
export * from "./claws.js";
export * from "./clawPackage.js";
export * from "./catalogFeed.js";
export * from "./experimentalClawFeed.js";
export * from "./catalogMetadata.js";
export * from "./docsLinks.js";
export * from "./license.js";
export * from "./openclawContract.js";
export * from "./openClawExtensionSlugs.js";
export * from "./packages.js";
export * from "./pluginCategories.js";
export * from "./promotionsFeed.js";
export * from "./rolloutCapabilities.js";
export { ApiRoutes, LegacyApiRoutes } from "./routes.js";
export * from "./schemas.js";
export * from "./textFiles.js";
//# sourceMappingURL=index.js.map