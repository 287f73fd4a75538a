//! The unmodified `monolith-lib` client from PyPI against a real server.

mod common;

#[test]
fn the_pypi_monolith_client_works_unchanged() {
    let server = common::start(common::config());
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/monolith_client.py"
    );
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(server.url())
        .output()
        .expect("running python3");
    assert!(
        output.status.success(),
        "the client failed (is `monolith-lib` installed? `python3 -m pip install monolith-lib`):\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
