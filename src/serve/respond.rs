//! What the preview answers, as plain functions of a request's method, path and Host
//! and the site being served: no sockets here (the server is `server.rs`). It answers
//! only with files of the built site, looked up by exact path, so `..`, encoded
//! traversal and links out of the site find nothing; it checks the Host header (a web
//! page elsewhere cannot read the preview through DNS rebinding) and sends no CORS
//! headers.

use super::live_site::Snapshot;
use crate::output::escape::escape_html;
use crate::output::Contents;

/// Where a page listens for the next rebuild, and the script that does.
pub const EVENTS: &str = "/__leadfolio/events";
const RELOAD_JS: &str = "/__leadfolio/reload.js";
const RELOAD_SCRIPT: &str = include_str!("reload.js");

/// An answer with a body; the server adds the headers every answer has.
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub location: Option<String>,
    pub body: Vec<u8>,
}

/// What a request gets.
pub enum Answer {
    Respond(Response),
    /// The live-reload stream, which the server keeps open.
    Events,
}

/// The answer to `method path` sent with `host`, where `host_allowed` says whether the
/// preview answers to that Host.
pub fn answer(method: &str, target: &str, host_allowed: bool, site: &Snapshot) -> Answer {
    if !host_allowed {
        return Answer::Respond(text(403, "This preview answers only to its own address."));
    }
    if !matches!(method, "GET" | "HEAD") {
        return Answer::Respond(text(405, "The preview is read-only."));
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    Answer::Respond(match path {
        EVENTS => return Answer::Events,
        RELOAD_JS => bytes(
            200,
            "text/javascript; charset=utf-8",
            RELOAD_SCRIPT.as_bytes().to_vec(),
        ),
        _ => page(path, site),
    })
}

/// The file at a request path, or a redirect or a 404.
fn page(raw_path: &str, snapshot: &Snapshot) -> Response {
    let Some(path) = decode(raw_path) else {
        return text(400, "Malformed address.");
    };
    let key = match path.strip_prefix('/') {
        Some(rest) if rest.is_empty() || rest.ends_with('/') => format!("{rest}index.html"),
        Some(rest) => rest.to_owned(),
        None => return not_found(snapshot),
    };
    let Some(file) = snapshot.files.get(&key) else {
        // `/evidence` -> `/evidence/`, so the page's relative links resolve.
        if snapshot.files.contains_key(&format!("{key}/index.html")) {
            let mut moved = text(301, "Moved.");
            moved.location = Some(format!("{raw_path}/"));
            return moved;
        }
        return not_found(snapshot);
    };
    match body(&file.contents) {
        Some(body) => respond_file(200, &key, body, snapshot),
        None => not_found(snapshot),
    }
}

/// Percent-decode a path; `None` for anything that is not clean UTF-8 text.
fn decode(path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
    (!decoded.contains(['\0', '\\'])).then(|| decoded.into_owned())
}

fn body(contents: &Contents) -> Option<Vec<u8>> {
    match contents {
        Contents::Bytes(b) => Some(b.clone()),
        Contents::Embedded(b) => Some(b.to_vec()),
        // The live site holds every file's bytes (`live_site::collected`): nothing is
        // read from the disk at request time.
        Contents::Copy(_) => None,
    }
}

fn not_found(snapshot: &Snapshot) -> Response {
    match snapshot
        .files
        .get(crate::view::urls::NOT_FOUND)
        .and_then(|f| body(&f.contents))
    {
        Some(body) => respond_file(404, crate::view::urls::NOT_FOUND, body, snapshot),
        None => text(404, "Not found."),
    }
}

fn respond_file(status: u16, path: &str, body: Vec<u8>, snapshot: &Snapshot) -> Response {
    let kind = content_type(path);
    let body = if kind.starts_with("text/html") {
        inject(body, snapshot.error.as_ref())
    } else {
        body
    };
    bytes(status, kind, body)
}

/// Add the live-reload script, and the build error over the page while there is one.
fn inject(body: Vec<u8>, error: Option<&super::live_site::Failure>) -> Vec<u8> {
    let html = String::from_utf8_lossy(&body);
    let mut extra = format!("<script src=\"{RELOAD_JS}\"></script>");
    if let Some(error) = error {
        extra.push_str(&format!(
            "<div id=\"lf-build-error\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.5rem;background:#fff4f2;color:#1c2733;border-top:4px solid #a4261c;font:15px/1.5 system-ui,sans-serif;z-index:9999\"><p style=\"margin:0 0 .5rem;font-weight:700;color:#a4261c\">{}</p><pre style=\"white-space:pre-wrap;margin:0;font:13px/1.45 ui-monospace,monospace\">{}</pre></div>",
            escape_html(&error.headline),
            escape_html(&error.report)
        ));
    }
    let out = match html.rfind("</body>") {
        Some(at) => format!("{}{extra}{}", &html[..at], &html[at..]),
        None => format!("{html}{extra}"),
    };
    out.into_bytes()
}

fn content_type(path: &str) -> &'static str {
    match path
        .rsplit('.')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
        .as_str()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "xml" => "application/xml",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

pub fn bytes(status: u16, content_type: &'static str, body: Vec<u8>) -> Response {
    Response {
        status,
        content_type,
        location: None,
        body,
    }
}

pub fn text(status: u16, message: &str) -> Response {
    bytes(
        status,
        "text/plain; charset=utf-8",
        message.as_bytes().to_vec(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::OutputFile;

    fn snapshot() -> Snapshot {
        let files = [
            "index.html",
            "evidence/index.html",
            "evidence/a/index.html",
            "404.html",
            "style.css",
        ]
        .iter()
        .map(|p| {
            (
                p.to_string(),
                std::sync::Arc::new(OutputFile::text(
                    *p,
                    format!("<html><body>{p}</body></html>"),
                )),
            )
        })
        .collect();
        Snapshot {
            files: std::sync::Arc::new(files),
            error: None,
            version: 1,
        }
    }

    fn status(path: &str) -> u16 {
        page(path, &snapshot()).status
    }

    #[test]
    fn only_files_of_the_site_are_served() {
        assert_eq!(status("/"), 200);
        assert_eq!(status("/evidence/a/"), 200);
        assert_eq!(status("/evidence/a"), 301);
        assert_eq!(status("/style.css"), 200);
        for hostile in [
            "/../Cargo.toml",
            "/%2e%2e/portfolio.yaml",
            "/evidence/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/etc/passwd",
            "//etc/passwd",
            "/%00",
            "/..%5c..%5cwin.ini",
            "/%ff%fe",
            "evidence/a/",
        ] {
            assert!(
                matches!(status(hostile), 400 | 404),
                "{hostile} -> {}",
                status(hostile)
            );
        }
    }

    #[test]
    fn pages_get_the_reload_script_and_the_error_overlay_escaped() {
        let mut s = snapshot();
        s.error = Some(super::super::live_site::Failure {
            headline: "The build <b>failed</b>".into(),
            report: "error: <script>alert(1)</script>".into(),
        });
        let html = String::from_utf8(page("/", &s).body).unwrap();
        assert!(html.contains(RELOAD_JS));
        assert!(html.contains("error: &lt;script>alert(1)&lt;/script>"));
        assert!(html.contains("The build &lt;b>failed&lt;/b>"));
        assert!(!html.contains("<script>alert"));
    }
}
