export declare const PACKAGE_ROOT: string;
export declare const BUILD_STAMP: string;
export declare const CODE_DIGEST_FILE: string;
export declare function distIsCurrent(): boolean;
