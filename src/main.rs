fn main() -> std::process::ExitCode {
    accord::run()
}
