//! Server addresses as users type them (`http://host:port`), checked before anything is
//! sent, so a typo fails at once with what to write instead.

use std::fmt;
use std::str::FromStr;

/// The base URL of one Monolith server: plain HTTP, a host and an explicit port.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServerUrl {
    host: String,
    port: u16,
}

/// A server address that is not of the form `http://host:port`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{given}` is not a server address: {problem}; write it as http://host:port, e.g. http://10.0.0.5:8000")]
pub struct BadServerUrl {
    /// What was given.
    pub given: String,
    /// What is wrong with it.
    pub problem: &'static str,
}

impl ServerUrl {
    /// The URL of `path` (which starts with `/`) on this server.
    pub fn at(&self, path: &str) -> String {
        format!("{self}{path}")
    }
}

impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "http://{}:{}", self.host, self.port)
    }
}

impl FromStr for ServerUrl {
    type Err = BadServerUrl;

    fn from_str(given: &str) -> Result<Self, Self::Err> {
        let bad = |problem| BadServerUrl {
            given: given.to_string(),
            problem,
        };
        let text = given.trim();
        if text.is_empty() {
            return Err(bad("it is empty"));
        }
        let rest = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => rest,
            Some((scheme, _)) if scheme.eq_ignore_ascii_case("https") => {
                return Err(bad(
                    "only plain http is spoken (put TLS in a tunnel or proxy)",
                ))
            }
            Some(_) => return Err(bad("the scheme must be http")),
            None => return Err(bad("it does not start with http://")),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.contains(['/', '?', '#']) {
            return Err(bad("it has a path; give only the server's base address"));
        }
        if authority.contains('@') {
            return Err(bad("it has user credentials, which the servers do not use"));
        }
        let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
            // An IPv6 literal: [::1]:8000.
            let (inside, after) = bracketed
                .split_once(']')
                .ok_or_else(|| bad("an IPv6 address lacks its closing `]`"))?;
            let port = after
                .strip_prefix(':')
                .ok_or_else(|| bad("it has no port"))?;
            (format!("[{inside}]"), port)
        } else {
            let (host, port) = authority
                .rsplit_once(':')
                .ok_or_else(|| bad("it has no port"))?;
            (host.to_string(), port)
        };
        if host.is_empty() || host == "[]" || host.contains(char::is_whitespace) {
            return Err(bad("it has no host"));
        }
        let port: u16 = port
            .parse()
            .map_err(|_| bad("the port is not a number from 1 to 65535"))?;
        if port == 0 {
            return Err(bad("the port is not a number from 1 to 65535"));
        }
        Ok(ServerUrl { host, port })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> String {
        text.parse::<ServerUrl>()
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .to_string()
    }

    fn problem(text: &str) -> String {
        text.parse::<ServerUrl>().expect_err(text).to_string()
    }

    #[test]
    fn host_and_port_with_or_without_trailing_slash_are_accepted() {
        assert_eq!(parsed("http://127.0.0.1:8000"), "http://127.0.0.1:8000");
        assert_eq!(
            parsed("http://judge-3.lan:9000/"),
            "http://judge-3.lan:9000"
        );
        assert_eq!(parsed(" HTTP://[::1]:8000/ "), "http://[::1]:8000");
        let url: ServerUrl = "http://a:1/".parse().unwrap();
        assert_eq!(url.at("/healthz"), "http://a:1/healthz");
    }

    #[test]
    fn anything_else_is_refused_with_what_is_wrong() {
        assert!(problem("127.0.0.1:8000").contains("does not start with http://"));
        assert!(problem("https://a:443").contains("only plain http"));
        assert!(problem("ftp://a:21").contains("scheme must be http"));
        assert!(problem("http://a").contains("no port"));
        assert!(problem("http://a:http").contains("port is not a number"));
        assert!(problem("http://a:0").contains("port is not a number"));
        assert!(problem("http://a:8000/v1").contains("has a path"));
        assert!(problem("http://:8000").contains("no host"));
        assert!(problem("http://u:p@a:80").contains("credentials"));
        assert!(problem("").contains("empty"));
        assert!(problem("http://[::1:80").contains("closing"));
    }
}
