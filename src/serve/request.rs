//! Reading one request's head from a connection, with bounds: a request line or a
//! header past [`MAX_HEAD`] bytes, or too many headers, is refused before it is held,
//! and a client that sends nothing is dropped after a while. Parsing is httparse's.

use std::io::{self, Read};
use std::net::TcpStream;
use std::time::Duration;

/// The most a request's line and headers may take together: a browser's are a
/// kilobyte or two.
pub const MAX_HEAD: usize = 16 * 1024;
const MAX_HEADERS: usize = 64;
/// How long a client may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// What the preview needs of a request.
#[derive(Debug, PartialEq)]
pub struct Head {
    pub method: String,
    /// As sent: percent-encoded, with any query.
    pub target: String,
    /// Lower-cased.
    pub host: Option<String>,
}

/// Why a request was refused, as the status to answer with.
#[derive(Debug, PartialEq)]
pub enum Refused {
    /// 431: the line or the headers are too long.
    TooLarge,
    /// 400: not HTTP.
    Malformed,
    /// The connection closed or timed out: nothing to answer.
    Gone,
}

pub fn read(stream: &mut TcpStream) -> Result<Head, Refused> {
    let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    read_from(stream)
}

fn read_from(stream: &mut impl Read) -> Result<Head, Refused> {
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let read = match stream.read(&mut chunk) {
            Ok(0) => return Err(Refused::Gone),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(Refused::Gone),
        };
        buffer.extend_from_slice(&chunk[..read]);
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&buffer) {
            Ok(httparse::Status::Complete(_)) => return Ok(head(&request)),
            Ok(httparse::Status::Partial) if buffer.len() > MAX_HEAD => {
                return Err(Refused::TooLarge)
            }
            Ok(httparse::Status::Partial) => {}
            Err(httparse::Error::TooManyHeaders) => return Err(Refused::TooLarge),
            Err(_) => return Err(Refused::Malformed),
        }
        // The head may have arrived whole but past the bound.
        if buffer.len() > MAX_HEAD {
            return Err(Refused::TooLarge);
        }
    }
}

fn head(request: &httparse::Request<'_, '_>) -> Head {
    let host = request
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("host"))
        .and_then(|h| std::str::from_utf8(h.value).ok())
        .map(str::to_ascii_lowercase);
    Head {
        method: request.method.unwrap_or("").to_owned(),
        target: request.path.unwrap_or("").to_owned(),
        host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_read_and_an_endless_one_refused() {
        let ok = b"GET /a%20b?x HTTP/1.1\r\nHost: 127.0.0.1:8\r\n\r\n";
        assert_eq!(
            read_from(&mut &ok[..]),
            Ok(Head {
                method: "GET".into(),
                target: "/a%20b?x".into(),
                host: Some("127.0.0.1:8".into())
            })
        );
        let long_line = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(10 * 1024 * 1024));
        assert_eq!(read_from(&mut long_line.as_bytes()), Err(Refused::TooLarge));
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X: y\r\n".repeat(100));
        assert_eq!(read_from(&mut many.as_bytes()), Err(Refused::TooLarge));
        assert_eq!(
            read_from(&mut &b"\x16\x03\x01 not http\r\n\r\n"[..]),
            Err(Refused::Malformed)
        );
        assert_eq!(read_from(&mut &b"GET / HT"[..]), Err(Refused::Gone));
    }
}
