// The part of dcmjs (which ships no type declarations) that lib/images uses.
declare module "dcmjs" {
  export type DicomElement = { vr: string; Value?: unknown[]; _rawValue?: unknown };
  export type DicomDataset = Record<string, DicomElement>;
  type DictionaryEntry = { tag: string; vr: string; name: string; vm: string };
  class DicomDict {
    constructor(meta: DicomDataset);
    meta: DicomDataset;
    dict: DicomDataset;
    write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
  }
  const dcmjs: {
    log: {
      setLevel(level: "trace" | "debug" | "info" | "warn" | "error" | "silent"): void;
      getLogger(name: string): { setLevel(level: "trace" | "debug" | "info" | "warn" | "error" | "silent"): void };
    };
    data: {
      DicomDict: typeof DicomDict;
      DicomMessage: { readFile(buffer: ArrayBuffer, options?: { ignoreErrors?: boolean }): DicomDict };
      DicomMetaDictionary: {
        dictionary: Record<string, DictionaryEntry | undefined>;
        nameMap: Record<string, DictionaryEntry | undefined>;
      };
    };
  };
  export default dcmjs;
}
