//! `GET {base}/models`: whether the servers are up and serve the configured model, asked
//! once before a run so that a typo fails in a second, not after the first batch of
//! prompts.

use serde_json::Value;

use super::error::{excerpt, rejection_hint};
use super::transport::{self, Failure};
use super::{ClientError, LlmClient};

impl LlmClient {
    /// Checks that every server answers and serves the configured model, with one
    /// `GET {base}/models` each. A server whose `/models` answers 404 is accepted (some
    /// proxies have no such route); one that cannot be reached, refuses, or lists other
    /// models is an error naming the models it does serve.
    pub fn check(&self) -> Result<(), ClientError> {
        let model = &self.config.model;
        for server in self.pool.servers() {
            let base = &server.base;
            let Some(served) = served_models(&self.agent, base, self.config.api_key.as_deref())?
            else {
                continue;
            };
            // Ollama lists `name:latest` for a model asked for as `name`.
            let listed = served
                .iter()
                .any(|id| id == model || id.strip_suffix(":latest") == Some(model));
            if !listed {
                return Err(ClientError::ModelNotServed {
                    server: base.clone(),
                    model: model.clone(),
                    served,
                });
            }
        }
        Ok(())
    }
}

/// The model ids a server lists at `{base}/models`; `None` when it has no such route (404).
pub(crate) fn served_models(
    agent: &ureq::Agent,
    base: &str,
    api_key: Option<&str>,
) -> Result<Option<Vec<String>>, ClientError> {
    let url = format!("{base}/models");
    let (status, body) = match transport::get(agent, &url, api_key) {
        Ok(answer) => answer,
        Err(Failure::Status { status: 404, .. }) => return Ok(None),
        Err(Failure::Status { status, body, .. }) => {
            return Err(ClientError::Rejected {
                server: base.to_string(),
                status,
                // The model cannot be at fault here: the listing names none.
                hint: rejection_hint(status, &body, base, ""),
                body: excerpt(&body),
            });
        }
        Err(Failure::Connection { cause, .. }) => {
            return Err(ClientError::Unreachable {
                server: base.to_string(),
                cause,
            })
        }
        Err(Failure::BadReply {
            status,
            detail,
            body,
        }) => {
            return Err(ClientError::BadReply {
                server: base.to_string(),
                status,
                detail,
                body: excerpt(&body),
            })
        }
        Err(Failure::Setup { cause }) => {
            return Err(ClientError::BadBaseUrl {
                url: base.to_string(),
                reason: cause,
            })
        }
    };
    parse_model_list(&body)
        .map(Some)
        .ok_or_else(|| ClientError::BadReply {
            server: base.to_string(),
            status,
            detail: format!("not with a model list (`data` with `id`s) at {url}"),
            body: excerpt(&body),
        })
}

/// The `id`s of `{"data": [{"id": …}, …]}`.
fn parse_model_list(body: &str) -> Option<Vec<String>> {
    let value: Value = serde_json::from_str(body).ok()?;
    let data = value.get("data")?.as_array()?;
    Some(
        data.iter()
            .filter_map(|entry| entry.get("id").and_then(Value::as_str))
            .map(str::to_string)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_lists_are_read_leniently() {
        let body =
            r#"{"object":"list","data":[{"id":"a"},{"id":"b","owned_by":"x"},{"name":"c"}]}"#;
        assert_eq!(parse_model_list(body), Some(vec!["a".into(), "b".into()]));
        assert_eq!(parse_model_list(r#"{"data":[]}"#), Some(Vec::new()));
        assert_eq!(parse_model_list(r#"{"models":[]}"#), None);
        assert_eq!(parse_model_list("<html>"), None);
    }
}
