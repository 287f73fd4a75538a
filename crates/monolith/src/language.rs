//! The six languages Monolith runs, and how users name them.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A programming language Monolith can compile and run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Python 3, run by the CPython interpreter.
    Python,
    /// C++17, compiled by g++ -O2.
    Cpp,
    /// Java, compiled by javac and run by the JVM.
    Java,
    /// JavaScript, run by Node.js.
    #[serde(rename = "javascript")]
    JavaScript,
    /// Go, compiled by `go build`; the produced binary is measured.
    Go,
    /// Rust, compiled by rustc -O.
    Rust,
}

impl Language {
    /// Every supported language, in a stable order.
    pub const ALL: [Language; 6] = [
        Language::Python,
        Language::Cpp,
        Language::Java,
        Language::JavaScript,
        Language::Go,
        Language::Rust,
    ];

    /// The canonical lowercase name (`python`, `cpp`, `java`, `javascript`, `go`, `rust`).
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Cpp => "cpp",
            Language::Java => "java",
            Language::JavaScript => "javascript",
            Language::Go => "go",
            Language::Rust => "rust",
        }
    }

    /// Guesses the language from a source file's extension (`.py .cpp .cc .cxx .java .js .mjs .go .rs`).
    pub fn from_path(path: &Path) -> Option<Language> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "py" => Language::Python,
            "cpp" | "cc" | "cxx" | "c++" => Language::Cpp,
            "java" => Language::Java,
            "js" | "mjs" | "cjs" => Language::JavaScript,
            "go" => Language::Go,
            "rs" => Language::Rust,
            _ => return None,
        })
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for a language name Monolith does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported language `{0}`: use one of python, cpp, java, javascript, go, rust")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Accepts the canonical names and the common aliases (`python3`, `py`, `c++`, `js`,
    /// `node`, `golang`, `rs`), case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "python" | "python3" | "py" | "py3" => Language::Python,
            "cpp" | "c++" | "cxx" | "cpp17" => Language::Cpp,
            "java" => Language::Java,
            "javascript" | "js" | "node" | "nodejs" => Language::JavaScript,
            "go" | "golang" => Language::Go,
            "rust" | "rs" => Language::Rust,
            _ => return Err(UnknownLanguage(s.to_string())),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_from_str() {
        for lang in Language::ALL {
            assert_eq!(lang.name().parse::<Language>().unwrap(), lang);
        }
    }

    #[test]
    fn aliases_and_extensions_are_recognised() {
        assert_eq!("Python3".parse::<Language>().unwrap(), Language::Python);
        assert_eq!("golang".parse::<Language>().unwrap(), Language::Go);
        assert_eq!(
            Language::from_path(Path::new("a/b.CC")),
            Some(Language::Cpp)
        );
        assert_eq!(Language::from_path(Path::new("x.txt")), None);
        let err = "ruby".parse::<Language>().unwrap_err();
        assert!(err.to_string().contains("ruby"));
    }

    #[test]
    fn serde_uses_canonical_names() {
        let json = serde_json::to_string(&Language::JavaScript).unwrap();
        assert_eq!(json, "\"javascript\"");
    }
}
