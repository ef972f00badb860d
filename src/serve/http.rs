//! The preview server. It answers only with files of the built site, looked up by
//! exact path, so `..`, encoded traversal and links out of the site find nothing. It
//! checks the Host header (a web page elsewhere cannot read the preview through DNS
//! rebinding), sends no CORS headers, and treats any malformed request as a 4xx.

use super::live_site::{LiveSite, Snapshot};
use super::request::{self, Refused};
use crate::render::templates::escape_html;
use crate::write::output::Contents;
use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

const EVENTS: &str = "/__leadfolio/events";
const RELOAD_JS: &str = "/__leadfolio/reload.js";
const RELOAD_SCRIPT: &str = include_str!("reload.js");
/// Live-reload connections held at once; more are told to retry later.
const MAX_LISTENERS: usize = 64;

/// An answer: one per connection, which then closes.
pub struct Response {
    status: u16,
    content_type: &'static str,
    location: Option<String>,
    body: Vec<u8>,
}

impl Response {
    /// Send it; a `HEAD` request gets the headers alone.
    fn send(&self, stream: &mut impl Write, head_only: bool) -> std::io::Result<()> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        );
        if let Some(location) = &self.location {
            head.push_str(&format!("Location: {location}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        if !head_only {
            stream.write_all(&self.body)?;
        }
        stream.flush()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Bind `addr:port`; a busy port says which port to try instead.
pub fn bind(addr: IpAddr, port: u16) -> Result<(TcpListener, SocketAddr), String> {
    match TcpListener::bind(SocketAddr::new(addr, port)) {
        Ok(listener) => {
            let bound = listener.local_addr().unwrap_or(SocketAddr::new(addr, port));
            Ok((listener, bound))
        }
        Err(e) => {
            let suggestion = free_port(addr, port)
                .map(|p| format!("; try `--port {p}`"))
                .unwrap_or_default();
            if e.kind() == std::io::ErrorKind::AddrInUse {
                Err(format!("port {port} on {addr} is already in use, perhaps by another preview{suggestion}"))
            } else {
                Err(format!("cannot listen on {addr}:{port}: {e}{suggestion}"))
            }
        }
    }
}

/// A free port near `port`, to suggest.
fn free_port(addr: IpAddr, port: u16) -> Option<u16> {
    (port.saturating_add(1)..port.saturating_add(20))
        .find(|p| TcpListener::bind((addr, *p)).is_ok())
}

/// The Host values this server answers to.
pub fn allowed_hosts(bound: SocketAddr) -> Vec<String> {
    let port = bound.port();
    let mut hosts = vec![
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ];
    if !bound.ip().is_loopback() && !bound.ip().is_unspecified() {
        hosts.push(bound.to_string());
    }
    hosts
}

/// Answer requests until the process ends; each connection on its own thread, since
/// a live-reload connection stays open.
pub fn run(listener: TcpListener, site: Arc<LiveSite>, hosts: Vec<String>) {
    let hosts = Arc::new(hosts);
    let listeners = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming().filter_map(Result::ok) {
        let site = Arc::clone(&site);
        let hosts = Arc::clone(&hosts);
        let listeners = Arc::clone(&listeners);
        std::thread::spawn(move || handle(stream, &site, &hosts, &listeners));
    }
}

fn handle(mut stream: TcpStream, site: &LiveSite, hosts: &[String], listeners: &AtomicUsize) {
    let head = match request::read(&mut stream) {
        Ok(head) => head,
        Err(Refused::Gone) => return,
        Err(Refused::TooLarge) => {
            let _ =
                text(431, "The request's line or headers are too long.").send(&mut stream, false);
            return;
        }
        Err(Refused::Malformed) => {
            let _ = text(400, "Malformed request.").send(&mut stream, false);
            return;
        }
    };
    let head_only = head.method == "HEAD";
    if !head
        .host
        .as_deref()
        .is_some_and(|h| hosts.iter().any(|a| a == h))
    {
        let _ =
            text(403, "This preview answers only to its own address.").send(&mut stream, head_only);
        return;
    }
    if !matches!(head.method.as_str(), "GET" | "HEAD") {
        let _ = text(405, "The preview is read-only.").send(&mut stream, head_only);
        return;
    }
    let path = head.target.split(['?', '#']).next().unwrap_or("");
    let response = match path {
        EVENTS => return events(stream, site, listeners),
        RELOAD_JS => bytes(
            200,
            "text/javascript; charset=utf-8",
            RELOAD_SCRIPT.as_bytes().to_vec(),
        ),
        _ => page(path, &site.snapshot()),
    };
    let _ = response.send(&mut stream, head_only);
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
        .get(crate::render::urls::NOT_FOUND)
        .and_then(|f| body(&f.contents))
    {
        Some(body) => respond_file(404, crate::render::urls::NOT_FOUND, body, snapshot),
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

/// Server-sent events: one `reload` when the site next changes. Written straight to
/// the socket so it is flushed at once.
fn events(mut stream: TcpStream, site: &LiveSite, listeners: &AtomicUsize) {
    if listeners.fetch_add(1, Ordering::SeqCst) >= MAX_LISTENERS {
        listeners.fetch_sub(1, Ordering::SeqCst);
        let _ = text(503, "Too many live-reload connections.").send(&mut stream, false);
        return;
    }
    let seen = site.snapshot().version;
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    let mut ok = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.flush())
        .is_ok();
    while ok {
        match site.wait_for_change(seen, Duration::from_secs(15)) {
            Some(version) => {
                let _ = write!(stream, "event: reload\ndata: {version}\n\n")
                    .and_then(|()| stream.flush());
                break;
            }
            // A comment now and then finds out whether the page is still there.
            None => {
                ok = stream
                    .write_all(b": ping\n\n")
                    .and_then(|()| stream.flush())
                    .is_ok()
            }
        }
    }
    listeners.fetch_sub(1, Ordering::SeqCst);
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

fn bytes(status: u16, content_type: &'static str, body: Vec<u8>) -> Response {
    Response {
        status,
        content_type,
        location: None,
        body,
    }
}

fn text(status: u16, message: &str) -> Response {
    bytes(
        status,
        "text/plain; charset=utf-8",
        message.as_bytes().to_vec(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::output::OutputFile;

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
