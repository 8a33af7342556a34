//! Rebuilds `data/` from the raw public files in `raw/`.
//!
//! `cargo run --bin prepare-data` writes the files; `cargo run --bin prepare-data -- --check`
//! only checks that `data/` is up to date and exits non-zero when it is not.
//! A native tool: on wasm32 it compiles to nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use outcomes_explorer::prepare::{build_all, RawFiles};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    struct Folder(PathBuf);

    impl RawFiles for Folder {
        fn read(&self, path: &str) -> std::io::Result<String> {
            std::fs::read_to_string(self.0.join(path))
        }
    }

    pub fn run() -> ExitCode {
        let check = std::env::args().any(|a| a == "--check");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let outputs = match build_all(&Folder(root.join("raw"))) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut stale = 0;
        for out in &outputs {
            let path = root.join(&out.path);
            if check {
                let current = std::fs::read_to_string(&path).unwrap_or_default();
                if current != out.text {
                    eprintln!(
                        "{}: out of date; run `make data` and commit the result",
                        out.path
                    );
                    stale += 1;
                }
            } else if let Err(e) = std::fs::write(&path, &out.text) {
                eprintln!("error: cannot write {}: {e}", out.path);
                return ExitCode::FAILURE;
            } else {
                println!("wrote {} ({} bytes)", out.path, out.text.len());
            }
        }
        if stale > 0 {
            return ExitCode::FAILURE;
        }
        if check {
            println!("data/ is up to date with raw/ ({} files)", outputs.len());
        }
        ExitCode::SUCCESS
    }
}
