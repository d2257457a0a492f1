// The TypeScript compiler of the SPFx toolchain needs a file at the root of src.
export {};
