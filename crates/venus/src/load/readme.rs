//! The `configs:` section of a Hugging Face dataset card (the YAML header of
//! README.md), which names each configuration and the glob patterns of each split:
//!
//! ```yaml
//! configs:
//! - config_name: python
//!   data_files:
//!   - split: train
//!     path: python/train-*
//! - config_name: cpp
//!   data_files: cpp/*.parquet          # a string or a list of strings: split `train`
//! ```

use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

use super::LoadError;

/// One configuration of a dataset card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ConfigSpec {
    /// Its `config_name` (`default` when absent).
    pub name: String,
    /// Its splits, in card order.
    pub splits: Vec<SplitSpec>,
}

/// One split of a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SplitSpec {
    /// Its name (`train` when the card gives none).
    pub split: String,
    /// Glob patterns relative to the repository root.
    pub patterns: Vec<String>,
}

/// The configurations declared in `readme`; `None` when the file, its YAML header or
/// the header's `configs` key is absent (the layout is then read from file names).
pub(super) fn configs(readme: &Path) -> Result<Option<Vec<ConfigSpec>>, LoadError> {
    let text = match std::fs::read_to_string(readme) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(LoadError::io(readme)(e)),
    };
    parse(&text).map_err(|message| LoadError::Readme {
        path: readme.to_path_buf(),
        message,
    })
}

fn parse(text: &str) -> Result<Option<Vec<ConfigSpec>>, String> {
    let Some(header) = front_matter(text) else {
        return Ok(None);
    };
    let documents = YamlLoader::load_from_str(header).map_err(|e| e.to_string())?;
    let Some(document) = documents.first() else {
        return Ok(None);
    };
    match &document["configs"] {
        Yaml::BadValue | Yaml::Null => Ok(None),
        Yaml::Array(configs) => configs
            .iter()
            .map(config)
            .collect::<Result<_, _>>()
            .map(Some),
        _ => Err("`configs` is not a list".to_string()),
    }
}

/// The text between a leading `---` line and the next `---` line.
fn front_matter(text: &str) -> Option<&str> {
    let text = text.trim_start_matches('\u{feff}');
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some(&rest[..offset]);
        }
        offset += line.len();
    }
    None
}

fn config(yaml: &Yaml) -> Result<ConfigSpec, String> {
    let name = match &yaml["config_name"] {
        Yaml::BadValue | Yaml::Null => "default".to_string(),
        other => scalar(other).ok_or("a `config_name` is not a string")?,
    };
    let splits = match &yaml["data_files"] {
        Yaml::BadValue | Yaml::Null => {
            return Err(format!("config `{name}` has no `data_files`"));
        }
        Yaml::String(pattern) => vec![train(vec![pattern.clone()])],
        Yaml::Array(items) if items.iter().all(|item| matches!(item, Yaml::String(_))) => {
            vec![train(items.iter().filter_map(scalar).collect())]
        }
        Yaml::Array(items) => items
            .iter()
            .map(|item| split(item, &name))
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(format!(
                "config `{name}`: `data_files` is not a string or a list"
            ))
        }
    };
    Ok(ConfigSpec { name, splits })
}

fn train(patterns: Vec<String>) -> SplitSpec {
    SplitSpec {
        split: "train".to_string(),
        patterns,
    }
}

fn split(item: &Yaml, config: &str) -> Result<SplitSpec, String> {
    let split = match &item["split"] {
        Yaml::BadValue | Yaml::Null => "train".to_string(),
        other => scalar(other).ok_or(format!("config `{config}`: a `split` is not a string"))?,
    };
    let patterns = match &item["path"] {
        Yaml::String(pattern) => vec![pattern.clone()],
        Yaml::Array(items) => items
            .iter()
            .map(|p| {
                scalar(p).ok_or(format!(
                    "config `{config}` split `{split}`: a `path` is not a string"
                ))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(format!("config `{config}` split `{split}` has no `path`")),
    };
    Ok(SplitSpec { split, patterns })
}

/// A scalar as text (YAML reads `config_name: 2024` as an integer).
fn scalar(yaml: &Yaml) -> Option<String> {
    match yaml {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(n) => Some(n.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(split: &str, patterns: &[&str]) -> SplitSpec {
        SplitSpec {
            split: split.to_string(),
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn every_data_files_form_is_read() {
        let text = "---\nlicense: mit\nconfigs:\n- config_name: python\n  default: true\n  data_files:\n  - split: train\n    path: python/train-*\n  - split: test\n    path:\n    - python/test-*\n    - extra/test-*\n- config_name: cpp\n  data_files: cpp/*.parquet\n- data_files:\n  - a.jsonl\n  - b.jsonl\n---\n# Title\n\n---\nnot yaml: [\n";
        let configs = parse(text).unwrap().unwrap();
        assert_eq!(
            configs,
            vec![
                ConfigSpec {
                    name: "python".into(),
                    splits: vec![
                        spec("train", &["python/train-*"]),
                        spec("test", &["python/test-*", "extra/test-*"])
                    ],
                },
                ConfigSpec {
                    name: "cpp".into(),
                    splits: vec![spec("train", &["cpp/*.parquet"])],
                },
                ConfigSpec {
                    name: "default".into(),
                    splits: vec![spec("train", &["a.jsonl", "b.jsonl"])],
                },
            ]
        );
    }

    #[test]
    fn no_header_or_no_configs_means_none() {
        assert_eq!(parse("# Venus\n---\n").unwrap(), None);
        assert_eq!(parse("---\nlicense: mit\n---\n").unwrap(), None);
        assert_eq!(parse("---\r\nlicense: mit\r\n---\r\n").unwrap(), None);
        assert_eq!(parse("---\nunterminated: true\n").unwrap(), None);
    }

    #[test]
    fn malformed_configs_say_what_is_wrong() {
        let err = parse("---\nconfigs:\n- config_name: x\n---\n").unwrap_err();
        assert_eq!(err, "config `x` has no `data_files`");
        let err = parse("---\nconfigs:\n- config_name: x\n  data_files:\n  - split: test\n---\n")
            .unwrap_err();
        assert_eq!(err, "config `x` split `test` has no `path`");
        assert!(parse("---\nconfigs: [\n---\n").is_err());
    }

    #[test]
    fn a_missing_readme_is_not_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(configs(&dir.path().join("README.md")).unwrap(), None);
        std::fs::write(dir.path().join("README.md"), "---\nconfigs: 3\n---\n").unwrap();
        let err = configs(&dir.path().join("README.md"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("README.md: YAML header: `configs` is not a list"),
            "{err}"
        );
    }
}
