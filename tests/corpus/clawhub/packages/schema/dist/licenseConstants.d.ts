export declare const PLATFORM_SKILL_LICENSE: "MIT-0";
export declare const PLATFORM_SKILL_LICENSE_NAME: "MIT No Attribution";
export declare const PLATFORM_SKILL_LICENSE_SUMMARY: "Free to use, modify, and redistribute. No attribution required.";
export declare const PLATFORM_SKILL_LICENSE_URL: "https://spdx.org/licenses/MIT-0.html";
