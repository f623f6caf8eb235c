//! A keep-alive HTTP/1.1 connection, as small as the bench needs: one request at a time,
//! answers framed by Content-Length or chunked, no compression asked for.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// One request, with the session it is sent in.
pub struct Request<'a> {
    pub method: &'static str,
    pub path: String,
    pub body: Option<String>,
    /// The session token for the `ourplan-session` cookie (plain http: no `__Host-`).
    pub token: Option<&'a str>,
}

pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

pub struct Connection {
    address: String,
    /// The server's public origin: the API refuses a write from any other.
    origin: String,
    stream: Option<TcpStream>,
    /// Bytes read and not yet used.
    buffer: Vec<u8>,
    out: Vec<u8>,
}

impl Connection {
    pub fn new(address: &str, origin: &str) -> Self {
        Self {
            address: address.to_owned(),
            origin: origin.to_owned(),
            stream: None,
            buffer: Vec::with_capacity(64 * 1024),
            out: Vec::with_capacity(16 * 1024),
        }
    }

    /// Sends the request and reads the whole answer; after an error the next request
    /// opens a new connection.
    pub fn send(&mut self, request: &Request) -> io::Result<Answer> {
        let answer = self.exchange(request);
        if answer.is_err() {
            self.stream = None;
            self.buffer.clear();
        }
        answer
    }

    fn exchange(&mut self, request: &Request) -> io::Result<Answer> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(&self.address)?;
            stream.set_nodelay(true)?;
            stream.set_read_timeout(Some(Duration::from_secs(30)))?;
            self.stream = Some(stream);
        }
        self.out.clear();
        write!(
            self.out,
            "{} {} HTTP/1.1\r\nHost: {}\r\n",
            request.method, request.path, self.address
        )?;
        if let Some(token) = request.token {
            write!(self.out, "Cookie: ourplan-session={token}\r\n")?;
        }
        match &request.body {
            Some(body) => write!(
                self.out,
                "Origin: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                self.origin,
                body.len()
            )?,
            None if request.method != "GET" => {
                write!(self.out, "Origin: {}\r\nContent-Length: 0\r\n\r\n", self.origin)?
            }
            None => self.out.extend_from_slice(b"\r\n"),
        }
        let stream = self.stream.as_mut().ok_or_else(|| io::Error::other("no connection"))?;
        stream.write_all(&self.out)?;
        self.read_answer()
    }

    fn read_answer(&mut self) -> io::Result<Answer> {
        let head_end = loop {
            if let Some(end) = head_end(&self.buffer) {
                break end;
            }
            self.fill()?;
        };
        let head = std::str::from_utf8(&self.buffer[..head_end]).map_err(|_| bad("a head that is not text"))?;
        let status: u16 = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("no status"))?;
        let (mut length, mut chunked, mut close) = (None, false, false);
        for line in head.lines().skip(1) {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            let is = |wanted: &str| name.len() == wanted.len() && name.eq_ignore_ascii_case(wanted);
            if is("content-length") {
                length = Some(value.parse::<usize>().map_err(|_| bad("content-length"))?);
            } else if is("transfer-encoding") {
                chunked = value.eq_ignore_ascii_case("chunked");
            } else if is("connection") {
                close = value.eq_ignore_ascii_case("close");
            }
        }
        self.buffer.drain(..head_end);
        let body = if status == 204 || status == 304 {
            Vec::new()
        } else if chunked {
            self.read_chunks()?
        } else if let Some(length) = length {
            self.take(length)?
        } else {
            return Err(bad("an answer with no length"));
        };
        if close {
            self.stream = None;
            self.buffer.clear();
        }
        Ok(Answer { status, body })
    }

    fn read_chunks(&mut self) -> io::Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line = self.take_line()?;
            let size = usize::from_str_radix(line.split(';').next().unwrap_or_default().trim(), 16)
                .map_err(|_| bad("chunk size"))?;
            if size == 0 {
                // Trailers, if any, end with an empty line.
                while !self.take_line()?.is_empty() {}
                return Ok(body);
            }
            body.extend(self.take(size)?);
            self.take_line()?;
        }
    }

    fn take_line(&mut self) -> io::Result<String> {
        loop {
            if let Some(at) = newline(&self.buffer, 0) {
                let line = String::from_utf8_lossy(&self.buffer[..at]).trim_end().to_owned();
                self.buffer.drain(..=at);
                return Ok(line);
            }
            self.fill()?;
        }
    }

    fn take(&mut self, length: usize) -> io::Result<Vec<u8>> {
        while self.buffer.len() < length {
            self.fill()?;
        }
        // Whole-slice copies: the generator is built without optimisation, where a
        // byte-by-byte iterator would cost more than the server's answer.
        let rest = self.buffer.split_off(length);
        Ok(std::mem::replace(&mut self.buffer, rest))
    }

    fn fill(&mut self) -> io::Result<()> {
        let stream = self.stream.as_mut().ok_or_else(|| io::Error::other("no connection"))?;
        let mut chunk = [0u8; 16 * 1024];
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the server closed the connection",
            ));
        }
        self.buffer.extend_from_slice(&chunk[..read]);
        Ok(())
    }
}

/// Where the head ends (after its blank line), if it has all arrived.
fn head_end(buffer: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = newline(buffer, from) {
        if at >= 3 && &buffer[at - 3..=at] == b"\r\n\r\n" {
            return Some(at + 1);
        }
        from = at + 1;
    }
    None
}

/// The next `\n` at or after `from`. The generator runs unoptimised, where a generic
/// byte search is slower than the server; `str::find(char)` is the library's memchr.
fn newline(buffer: &[u8], from: usize) -> Option<usize> {
    let rest = buffer.get(from..)?;
    let text = match std::str::from_utf8(rest) {
        Ok(text) => text,
        // The part before a split character is enough: `\n` is never inside one.
        Err(error) => std::str::from_utf8(&rest[..error.valid_up_to()]).unwrap_or_default(),
    };
    text.find('\n').map(|at| from + at)
}

fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("unreadable answer: {what}"))
}
