//! The preview server. It answers only with files of the built site, looked up by
//! exact path, so `..`, encoded traversal and links out of the site find nothing. It
//! checks the Host header (a web page elsewhere cannot read the preview through DNS
//! rebinding), sends no CORS headers, and treats any malformed request as a 4xx.

use super::live_site::{LiveSite, Snapshot};
use crate::output::Contents;
use crate::render::templates::escape_html;
use std::borrow::Cow;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tiny_http::{Header, Request, Response, Server, StatusCode};

const EVENTS: &str = "/__leadfolio/events";
const RELOAD_JS: &str = "/__leadfolio/reload.js";
const RELOAD_SCRIPT: &str = include_str!("reload.js");
/// Live-reload connections held at once; more are told to retry later.
const MAX_LISTENERS: usize = 64;

/// Bind `addr:port`; a busy port says which port to try instead.
pub fn bind(addr: IpAddr, port: u16) -> Result<(Server, SocketAddr), String> {
    match Server::http(SocketAddr::new(addr, port)) {
        Ok(server) => {
            let bound = server
                .server_addr()
                .to_ip()
                .unwrap_or(SocketAddr::new(addr, port));
            Ok((server, bound))
        }
        Err(e) => {
            let busy = e.to_string().to_ascii_lowercase().contains("in use");
            let suggestion = free_port(addr, port)
                .map(|p| format!("; try `--port {p}`"))
                .unwrap_or_default();
            if busy {
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
        .find(|p| std::net::TcpListener::bind((addr, *p)).is_ok())
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

/// Answer requests until the process ends; each on its own thread, since a live-reload
/// connection stays open.
pub fn run(server: Server, site: Arc<LiveSite>, hosts: Vec<String>) {
    let listeners = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for request in server.incoming_requests() {
        let site = Arc::clone(&site);
        let hosts = hosts.clone();
        let listeners = Arc::clone(&listeners);
        std::thread::spawn(move || handle(request, &site, &hosts, &listeners));
    }
}

fn handle(
    request: Request,
    site: &LiveSite,
    hosts: &[String],
    listeners: &std::sync::atomic::AtomicUsize,
) {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_ascii_lowercase());
    if !host
        .as_deref()
        .is_some_and(|h| hosts.iter().any(|a| a == h))
    {
        let _ = request.respond(text(403, "This preview answers only to its own address."));
        return;
    }
    if !matches!(
        request.method(),
        tiny_http::Method::Get | tiny_http::Method::Head
    ) {
        let _ = request.respond(text(405, "The preview is read-only."));
        return;
    }
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_owned();
    match path.as_str() {
        EVENTS => events(request, site, listeners),
        RELOAD_JS => {
            let _ = request.respond(bytes(
                200,
                "text/javascript; charset=utf-8",
                RELOAD_SCRIPT.as_bytes().to_vec(),
            ));
        }
        _ => {
            let _ = request.respond(page(&path, &site.snapshot()));
        }
    }
}

/// The file at a request path, or a redirect or a 404.
fn page(raw_path: &str, snapshot: &Snapshot) -> Response<std::io::Cursor<Vec<u8>>> {
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
            let location = format!("{raw_path}/");
            return text(301, "Moved.").with_header(header("Location", &location));
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

fn not_found(snapshot: &Snapshot) -> Response<std::io::Cursor<Vec<u8>>> {
    match snapshot
        .files
        .get(crate::render::urls::NOT_FOUND)
        .and_then(|f| body(&f.contents))
    {
        Some(body) => respond_file(404, crate::render::urls::NOT_FOUND, body, snapshot),
        None => text(404, "Not found."),
    }
}

fn respond_file(
    status: u16,
    path: &str,
    body: Vec<u8>,
    snapshot: &Snapshot,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let kind = content_type(path);
    let body = if kind.starts_with("text/html") {
        inject(body, snapshot.error.as_deref())
    } else {
        body
    };
    bytes(status, kind, body)
}

/// Add the live-reload script, and the build error over the page while there is one.
fn inject(body: Vec<u8>, error: Option<&str>) -> Vec<u8> {
    let html = String::from_utf8_lossy(&body);
    let mut extra = format!("<script src=\"{RELOAD_JS}\"></script>");
    if let Some(error) = error {
        extra.push_str(&format!(
            "<div id=\"lf-build-error\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.5rem;background:#fff4f2;color:#1c2733;border-top:4px solid #a4261c;font:15px/1.5 system-ui,sans-serif;z-index:9999\"><p style=\"margin:0 0 .5rem;font-weight:700;color:#a4261c\">The last save did not build; this is the last good version. Fix the problem and save again.</p><pre style=\"white-space:pre-wrap;margin:0;font:13px/1.45 ui-monospace,monospace\">{}</pre></div>",
            escape_html(error)
        ));
    }
    let out: Cow<'_, str> = match html.rfind("</body>") {
        Some(at) => Cow::Owned(format!("{}{extra}{}", &html[..at], &html[at..])),
        None => Cow::Owned(format!("{html}{extra}")),
    };
    out.into_owned().into_bytes()
}

/// Server-sent events: one `reload` when the site next changes. Written straight to
/// the socket so it is flushed at once.
fn events(request: Request, site: &LiveSite, listeners: &std::sync::atomic::AtomicUsize) {
    use std::sync::atomic::Ordering;
    if listeners.fetch_add(1, Ordering::SeqCst) >= MAX_LISTENERS {
        listeners.fetch_sub(1, Ordering::SeqCst);
        let _ = request.respond(text(503, "Too many live-reload connections."));
        return;
    }
    let seen = site.snapshot().version;
    let mut out = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    let mut ok = out
        .write_all(head.as_bytes())
        .and_then(|()| out.flush())
        .is_ok();
    while ok {
        match site.wait_for_change(seen, Duration::from_secs(15)) {
            Some(version) => {
                let _ =
                    write!(out, "event: reload\ndata: {version}\n\n").and_then(|()| out.flush());
                break;
            }
            // A comment now and then finds out whether the page is still there.
            None => {
                ok = out
                    .write_all(b": ping\n\n")
                    .and_then(|()| out.flush())
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

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|()| {
        Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("a constant header")
    })
}

fn bytes(status: u16, kind: &str, body: Vec<u8>) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_data(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
}

fn text(status: u16, message: &str) -> Response<std::io::Cursor<Vec<u8>>> {
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
        page(path, &snapshot()).status_code().0
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
        s.error = Some("error: <script>alert(1)</script>".into());
        let mut body = Vec::new();
        let response = page("/", &s);
        response.into_reader().read_to_end(&mut body).unwrap();
        let html = String::from_utf8(body).unwrap();
        assert!(html.contains(RELOAD_JS));
        assert!(html.contains("error: &lt;script>alert(1)&lt;/script>"));
        assert!(!html.contains("<script>alert"));
    }
    use std::io::Read;
}
