//! Splits the explorer's wasm (as cargo builds it, linked with `--emit-relocs`) at its
//! `#[lazy]` / `#[wasm_split]` points, with the same library cargo-leptos's `--split` uses.
//!
//! ```text
//! split-wasm INPUT.wasm OUT_DIR MAIN_JS
//! ```
//!
//! Writes `OUT_DIR/main.wasm` (the module wasm-bindgen then processes), one `.wasm` file per
//! chunk, and `OUT_DIR/__wasm_split.js`, the JavaScript that fetches and links the chunks (it
//! imports `initSync` from `MAIN_JS`, a path relative to itself, and fetches the chunks relative
//! to itself). Prints the chunks' file names, one a line. `scripts/split-wasm.mjs` runs it in
//! Trunk's post-build hook and gives every file a name with a checksum of its contents.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The link module's file name in `OUT_DIR` (the main module imports it under this name).
const LINK_JS: &str = "__wasm_split.js";

/// Why the split failed.
#[derive(Debug)]
enum SplitError {
    /// The command line was not `INPUT.wasm OUT_DIR MAIN_JS`.
    Usage,
    /// The input could not be read.
    Read(PathBuf, std::io::Error),
    /// The output folder could not be made.
    OutDir(PathBuf, std::io::Error),
    /// The splitter refused the module (for example: not linked with `--emit-relocs`).
    Split(String),
}

impl fmt::Display for SplitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage => write!(f, "usage: split-wasm INPUT.wasm OUT_DIR MAIN_JS"),
            Self::Read(path, e) => write!(f, "cannot read {}: {e}", path.display()),
            Self::OutDir(path, e) => write!(f, "cannot make {}: {e}", path.display()),
            Self::Split(e) => write!(f, "the wasm could not be split: {e}"),
        }
    }
}

/// The command line's three arguments.
struct Args {
    input: PathBuf,
    out_dir: PathBuf,
    main_js: String,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, SplitError> {
    let (Some(input), Some(out_dir), Some(main_js), None) =
        (args.next(), args.next(), args.next(), args.next())
    else {
        return Err(SplitError::Usage);
    };
    Ok(Args {
        input: input.into(),
        out_dir: out_dir.into(),
        main_js,
    })
}

/// Splits `args.input` into `args.out_dir`; returns the chunks' paths.
fn split(args: &Args) -> Result<Vec<PathBuf>, SplitError> {
    let wasm = std::fs::read(&args.input).map_err(|e| SplitError::Read(args.input.clone(), e))?;
    std::fs::create_dir_all(&args.out_dir)
        .map_err(|e| SplitError::OutDir(args.out_dir.clone(), e))?;
    let main_out = args.out_dir.join("main.wasm");
    let link_name = format!("./{LINK_JS}");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = &args.out_dir;
    options.main_out_path = &main_out;
    options.link_name = &link_name;
    options.main_module = &args.main_js;
    let result = wasm_split_cli_support::transform(options)
        .map_err(|e| SplitError::Split(format!("{e:#}")))?;
    Ok(result.split_modules)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let outcome = parse_args(std::env::args().skip(1)).and_then(|args| split(&args));
    match outcome {
        Ok(chunks) => {
            for chunk in chunks {
                println!("{}", file_name(&chunk));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("split-wasm: {e}");
            ExitCode::FAILURE
        }
    }
}
