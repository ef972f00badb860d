//! The preview's HTTP server: hyper on a small tokio runtime. hyper parses requests
//! within its bounds (a head over [`MAX_HEAD`] bytes or [`MAX_HEADERS`] headers is
//! answered 431, one not sent within [`HEAD_TIMEOUT`] is dropped), and an idle
//! connection costs a task, not a thread: a thousand half-open connections leave the
//! preview answering at once. What is answered is `respond.rs`'s business.

use super::listen::Hosts;
use super::live_site::LiveSite;
use super::respond::{self, Answer, Response};
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Bytes, Frame, Incoming};
use hyper::header::{HeaderValue, CACHE_CONTROL, CONNECTION, CONTENT_TYPE, HOST, LOCATION};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::mpsc;

/// The most a request's line and headers may take together: a browser's are a
/// kilobyte or two.
pub const MAX_HEAD: usize = 16 * 1024;
const MAX_HEADERS: usize = 64;
/// How long a client may take to send a request's head, from when the connection
/// opens or the last answer was sent.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections held at once; past this, a new one is closed as soon as it is accepted.
const MAX_CONNECTIONS: usize = 4096;
/// Live-reload streams held at once; more are told to retry later.
const MAX_LISTENERS: usize = 64;
/// How often a live-reload stream says it is still there when nothing has changed.
const PING: Duration = Duration::from_secs(15);

type ResponseBody = http_body_util::combinators::BoxBody<Bytes, Infallible>;

/// Answer requests on `listener` until the process ends.
pub fn run(listener: TcpListener, site: Arc<LiveSite>, hosts: Hosts) -> std::io::Result<()> {
    // Two workers answer every connection; no thread is made per connection.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(2)
        .thread_name("leadfolio-serve")
        .enable_all()
        .build()?;
    listener.set_nonblocking(true)?;
    runtime.block_on(accept(listener, site, Arc::new(hosts)))
}

async fn accept(
    listener: TcpListener,
    site: Arc<LiveSite>,
    hosts: Arc<Hosts>,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let connections = Arc::new(AtomicUsize::new(0));
    let listeners = Arc::new(AtomicUsize::new(0));
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .max_header_size(MAX_HEAD)
        .max_headers(MAX_HEADERS);
    let http = Arc::new(http);
    loop {
        // A failed accept (the process is out of file handles, say) is passed over:
        // the next connection may be accepted.
        let Ok((stream, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let Some(slot) = Slot::take(&connections, MAX_CONNECTIONS) else {
            continue;
        };
        let local = stream.local_addr().ok();
        let (site, hosts, listeners, http) = (
            Arc::clone(&site),
            Arc::clone(&hosts),
            Arc::clone(&listeners),
            Arc::clone(&http),
        );
        tokio::spawn(async move {
            let _slot = slot;
            let service = service_fn(move |request| {
                let answer = handle(&request, local, &site, &hosts, &listeners);
                async move { Ok::<_, Infallible>(answer) }
            });
            // A connection that breaks off or times out has nothing more to answer.
            let _ = http.serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

fn handle(
    request: &hyper::Request<Incoming>,
    local: Option<SocketAddr>,
    site: &Arc<LiveSite>,
    hosts: &Hosts,
    listeners: &Arc<AtomicUsize>,
) -> hyper::Response<ResponseBody> {
    let host = request.headers().get(HOST).and_then(|h| h.to_str().ok());
    let allowed = hosts.allow(host, local);
    let target = request.uri().path_and_query().map_or("/", |p| p.as_str());
    match respond::answer(request.method().as_str(), target, allowed, &site.snapshot()) {
        Answer::Respond(response) => full(response),
        Answer::Events => match Slot::take(listeners, MAX_LISTENERS) {
            Some(slot) => events(Arc::clone(site), slot),
            None => full(respond::text(503, "Too many live-reload connections.")),
        },
    }
}

/// A response with its whole body; `HEAD` gets the headers alone (hyper sends no body
/// for it).
fn full(response: Response) -> hyper::Response<ResponseBody> {
    let mut built = hyper::Response::new(Full::new(Bytes::from(response.body)).boxed());
    *built.status_mut() = hyper::StatusCode::from_u16(response.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = built.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(response.content_type),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        hyper::header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if let Some(location) = response
        .location
        .and_then(|l| HeaderValue::from_str(&l).ok())
    {
        headers.insert(LOCATION, location);
    }
    built
}

/// Server-sent events: one `reload` when the site next changes, a comment now and
/// then meanwhile. A task waits for the change; when the page goes away, hyper drops
/// the body, the task sees its channel closed at once, and the slot is free.
fn events(site: Arc<LiveSite>, slot: Slot) -> hyper::Response<ResponseBody> {
    let (send, receive) = mpsc::channel::<Bytes>(2);
    let mut versions = site.subscribe();
    let seen = *versions.borrow_and_update();
    tokio::spawn(async move {
        let _slot = slot;
        if send
            .send(Bytes::from_static(b"retry: 1000\n\n"))
            .await
            .is_err()
        {
            return;
        }
        loop {
            tokio::select! {
                () = send.closed() => return,
                changed = versions.changed() => {
                    let version = *versions.borrow_and_update();
                    if changed.is_err() || version > seen {
                        let event = format!("event: reload\ndata: {version}\n\n");
                        let _ = send.send(Bytes::from(event)).await;
                        return;
                    }
                }
                () = tokio::time::sleep(PING) => {
                    if send.send(Bytes::from_static(b": ping\n\n")).await.is_err() {
                        return;
                    }
                }
            }
        }
    });
    let mut built = hyper::Response::new(Stream(receive).boxed());
    let headers = built.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(CONNECTION, HeaderValue::from_static("close"));
    built
}

/// A body made of what a channel receives, ended when the sender is dropped.
struct Stream(mpsc::Receiver<Bytes>);

impl Body for Stream {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0
            .poll_recv(cx)
            .map(|chunk| chunk.map(|b| Ok(Frame::data(b))))
    }
}

/// One of a bounded number of places, given back when dropped.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(count: &Arc<AtomicUsize>, max: usize) -> Option<Slot> {
        if count.fetch_add(1, Ordering::SeqCst) >= max {
            count.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(Slot(Arc::clone(count)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
