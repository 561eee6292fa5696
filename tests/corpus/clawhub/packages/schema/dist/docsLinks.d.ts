export declare const OPENCLAW_DOCS_BASE_URL = "https://docs.openclaw.ai";
export declare function openClawDocsUrl(path: string): string;
export declare const DocsLinks: {
    readonly clawhub: {
        readonly acceptableUsage: string;
        readonly publishing: string;
        readonly packageScopeFaq: string;
    };
    readonly openclaw: {
        readonly pluginPackageMetadata: string;
    };
};
