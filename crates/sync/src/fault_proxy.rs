//! A fault-injecting HTTP/1.1 proxy for tests and benchmarks (feature
//! `testing`): it sits on a loopback port between sync and the authority
//! and, per request, by a seeded random draw, drops the connection, resets
//! it in the middle of the request or of the response, delays, or answers
//! 503 itself. Requests are parsed just enough (head and `Content-Length`
//! body) to fault one request at a time on kept-alive connections.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the proxy does to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward it untouched.
    None,
    /// Close the connection before reading the request.
    Drop,
    /// Forward nothing; reset the connection after half the request.
    ResetRequest,
    /// Forward the request (the authority acts on it), then reset the
    /// connection half-way through the answer.
    ResetResponse,
    /// Wait, then forward.
    Delay(Duration),
    /// Answer 503 without forwarding.
    Unavailable,
}

/// Shares of each fault, per mille of requests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mix {
    /// [`Fault::Drop`].
    pub drop: u32,
    /// [`Fault::ResetRequest`].
    pub reset_request: u32,
    /// [`Fault::ResetResponse`].
    pub reset_response: u32,
    /// [`Fault::Delay`] (50–300 ms).
    pub delay: u32,
    /// [`Fault::Unavailable`].
    pub unavailable: u32,
}

impl Mix {
    /// `total` per mille of requests faulted, spread evenly over the kinds.
    pub fn even(total: u32) -> Self {
        let each = total / 5;
        Mix {
            drop: each,
            reset_request: each,
            reset_response: each,
            delay: each,
            unavailable: total - 4 * each,
        }
    }
}

/// Counts of what the proxy did.
#[derive(Debug, Default)]
pub struct Counts {
    /// Requests seen.
    pub requests: AtomicU64,
    /// Requests faulted (any kind but delay).
    pub faulted: AtomicU64,
    /// Of those, answers cut after the authority acted.
    pub reset_responses: AtomicU64,
}

/// A running proxy; stops when dropped.
pub struct FaultProxy {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    /// What happened.
    pub counts: Arc<Counts>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for FaultProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FaultProxy")
            .field("address", &self.address)
            .finish()
    }
}

struct Dice(Mutex<u64>);

impl Dice {
    fn next(&self) -> u64 {
        let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
        // SplitMix64: reproducible for a seed, good enough to spread faults.
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn fault(&self, mix: &Mix) -> Fault {
        let roll = (self.next() % 1000) as u32;
        let mut edge = 0;
        for (share, fault) in [
            (mix.drop, Fault::Drop),
            (mix.reset_request, Fault::ResetRequest),
            (mix.reset_response, Fault::ResetResponse),
            (
                mix.delay,
                Fault::Delay(Duration::from_millis(50 + self.next() % 250)),
            ),
            (mix.unavailable, Fault::Unavailable),
        ] {
            edge += share;
            if roll < edge {
                return fault;
            }
        }
        Fault::None
    }
}

impl FaultProxy {
    /// Starts a proxy on 127.0.0.1:0 in front of `upstream`.
    pub fn start(upstream: SocketAddr, mix: Mix, seed: u64) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let counts = Arc::new(Counts::default());
        let dice = Arc::new(Dice(Mutex::new(seed)));
        let thread = {
            let (stop, counts) = (stop.clone(), counts.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((client, _)) => {
                            let (stop, counts, dice) = (stop.clone(), counts.clone(), dice.clone());
                            std::thread::spawn(move || {
                                let _ = serve(client, upstream, &mix, &dice, &counts, &stop);
                            });
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            })
        };
        Ok(FaultProxy {
            address,
            stop,
            counts,
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// An HTTP message: head bytes and body.
struct Message {
    head: Vec<u8>,
    body: Vec<u8>,
}

fn read_message(reader: &mut impl BufRead) -> std::io::Result<Option<Message>> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        let n = reader.read_until(b'\n', &mut head)?;
        if n == 0 {
            return Ok(None);
        }
        let line = &head[before..];
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        if head.len() > 64 * 1024 {
            return Err(std::io::Error::other("head too long"));
        }
    }
    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
    let length = text
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Some(Message { head, body }))
}

/// Closes with a TCP reset rather than an orderly close.
fn reset(stream: TcpStream) {
    let _ = socket2::SockRef::from(&stream).set_linger(Some(Duration::ZERO));
    drop(stream);
}

fn serve(
    client: TcpStream,
    upstream: SocketAddr,
    mix: &Mix,
    dice: &Dice,
    counts: &Counts,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    client.set_nonblocking(false)?;
    // Head and body go out as two writes: without NODELAY the second waits
    // for the peer's delayed ACK (~40 ms a request), a cost of the proxy,
    // not of the path it stands for.
    client.set_nodelay(true)?;
    client.set_read_timeout(Some(Duration::from_secs(120)))?;
    let mut reader = BufReader::new(client.try_clone()?);
    let mut writer = client;
    while !stop.load(Ordering::Relaxed) {
        let fault = dice.fault(mix);
        if fault == Fault::Drop {
            counts.faulted.fetch_add(1, Ordering::Relaxed);
            drop(writer);
            return Ok(());
        }
        let Some(request) = read_message(&mut reader)? else {
            return Ok(());
        };
        counts.requests.fetch_add(1, Ordering::Relaxed);
        match fault {
            Fault::ResetRequest => {
                counts.faulted.fetch_add(1, Ordering::Relaxed);
                reset(writer);
                return Ok(());
            }
            Fault::Unavailable => {
                counts.faulted.fetch_add(1, Ordering::Relaxed);
                let body =
                    br#"{"code":"ETAXSERVICE-10002","message":"proxy: unavailable","details":[]}"#;
                write!(
                    writer,
                    "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                )?;
                writer.write_all(body)?;
                writer.flush()?;
                continue;
            }
            Fault::Delay(pause) => std::thread::sleep(pause),
            _ => {}
        }
        let mut up = TcpStream::connect(upstream)?;
        up.set_nodelay(true)?;
        up.write_all(&request.head)?;
        up.write_all(&request.body)?;
        up.flush()?;
        let mut up_reader = BufReader::new(up);
        let Some(response) = read_message(&mut up_reader)? else {
            reset(writer);
            return Ok(());
        };
        if fault == Fault::ResetResponse {
            counts.faulted.fetch_add(1, Ordering::Relaxed);
            counts.reset_responses.fetch_add(1, Ordering::Relaxed);
            writer.write_all(&response.head)?;
            writer.write_all(&response.body[..response.body.len() / 2])?;
            writer.flush()?;
            reset(writer);
            return Ok(());
        }
        writer.write_all(&response.head)?;
        writer.write_all(&response.body)?;
        writer.flush()?;
    }
    Ok(())
}
