//! Checks the explorer's data files; see `outcomes_explorer::cli::validate`.
//! Exits 0 when every file is valid, 1 when there are problems, 2 on bad arguments.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use outcomes_explorer::cli::validate::{parse_args, run};
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("{message}");
            return std::process::ExitCode::from(2);
        }
    };
    let report = run(&options);
    for line in &report.problems {
        eprintln!("{line}");
    }
    for line in &report.out {
        println!("{line}");
    }
    if report.ok() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
