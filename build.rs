//! Links the browser build of the `explorer` bin with `--emit-relocs`: the wasm splitter
//! (`tools/split-wasm`, run by `scripts/split-wasm.mjs` after Trunk's build) needs the
//! relocations to move the lazily loaded views' code into chunks of their own. Only that bin:
//! the import worker and the native builds are linked as before.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bin=explorer=--emit-relocs");
    }
}
