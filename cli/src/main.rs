//! `talent-ray`: see `talent-ray --help`.

fn main() -> std::process::ExitCode {
    talent_ray_cli::main()
}
