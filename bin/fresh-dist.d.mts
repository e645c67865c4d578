export declare const PACKAGE_ROOT: string;
export declare const BUILD_STAMP: string;
export declare function distIsCurrent(): boolean;
