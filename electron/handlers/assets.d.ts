export declare const TEMPLATE_FILE = "avv-template.txt";
export declare function findAssetsDir(from: string): string;
