// mimalloc (without transparent huge pages, which cost more to clear than they save in
// a short run): accord allocates many small strings and tables while it reads files; glibc's
// allocator grows and shrinks the heap for each file. See BENCHMARKS.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    accord::run()
}
