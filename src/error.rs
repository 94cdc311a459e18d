//! Errors users see: a message, optionally a hint saying what to do, and the exit code.
//!
//! Everything else is an `anyhow::Error` with context; `run` prints errors once.

use std::fmt;

/// An error with a hint printed on its own line after it.
#[derive(Debug)]
pub struct Hinted {
    pub message: String,
    pub hint: String,
    /// A usage error (exit code 2) rather than a failure.
    pub usage: bool,
}

impl fmt::Display for Hinted {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Hinted {}

/// An error with a hint: what went wrong, and how to fix it.
pub fn hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Hinted {
        message: message.into(),
        hint: hint.into(),
        usage: false,
    })
}

/// A usage error with a hint (exit code 2).
pub fn usage_hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Hinted {
        message: message.into(),
        hint: hint.into(),
        usage: true,
    })
}

/// A usage error found after argument parsing (exit code 2).
#[derive(Debug)]
pub struct Usage(pub String);

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// A usage error (wrong combination of arguments and the like).
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Usage(message.into()))
}

/// Ends the command with an exit code and no message: what needed saying was printed.
#[derive(Debug)]
pub struct Exit(pub u8);

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "exit {}", self.0)
    }
}

impl std::error::Error for Exit {}
