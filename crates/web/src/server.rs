//! The server: routes, limits, security headers, graceful shutdown, the
//! embedded authority sandbox and the background sync.

use crate::state::AppState;
use crate::ApiError;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use faktur_core::finding::codes;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Request limits.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The largest upload (imports), bytes. Default 50 MB.
    pub upload_bytes: usize,
    /// The longest a request may run.
    pub request_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            upload_bytes: 50 * 1024 * 1024,
            request_timeout: Duration::from_secs(120),
        }
    }
}

/// How the server runs.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Limits.
    pub limits: Limits,
    /// Mark the session cookie `Secure` (off only when serving loopback
    /// over plain HTTP).
    pub secure_cookies: bool,
}

/// The whole application: API, OpenAPI document, pages.
pub fn app(state: AppState) -> Router {
    let limits = state.config().limits.clone();
    Router::new()
        .merge(crate::api::router(limits.upload_bytes))
        .route(
            "/api/openapi.json",
            axum::routing::get(|| async {
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    crate::openapi::document_text(),
                )
            }),
        )
        .merge(crate::pages::router(limits.upload_bytes))
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .fallback(|| async { ApiError::not_found("") })
        .layer(middleware::from_fn_with_state(state.clone(), time_limit))
        .layer(middleware::from_fn(crate::error::localize))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

async fn time_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limit = state.config().limits.request_timeout;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, codes::TIMEOUT, "").into_response()
        }
    }
}

/// Headers every answer carries: no sniffing, no framing, scripts and
/// styles from this server only, no referrer leaving it.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "same-origin"),
        (
            "content-security-policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A server running on its own thread and runtime (tests, benchmarks, and
/// `faktur serve`): stopped gracefully when dropped or on [`Server::wait`]
/// with a shutdown signal.
pub struct Server {
    address: SocketAddr,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    threads: Vec<std::thread::JoinHandle<std::io::Result<()>>>,
    sync_stop: Arc<AtomicBool>,
    sync_thread: Option<std::thread::JoinHandle<()>>,
    /// Kept so that the state (its database pools) is dropped here, after
    /// the runtime stopped: a synchronous PostgreSQL client must not be
    /// closed from inside an async runtime.
    state: Option<AppState>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("address", &self.address)
            .finish()
    }
}

impl Server {
    /// Serves `state` on `listen` with `workers` runtime threads; when
    /// `sync_every` is given, every company syncs with the state's authority
    /// that often in the background.
    pub fn start(
        state: AppState,
        listen: &str,
        workers: usize,
        sync_every: Option<Duration>,
    ) -> std::io::Result<Self> {
        // One single-threaded runtime per worker, each accepting on its own
        // socket bound to the same address (SO_REUSEPORT: the kernel spreads
        // the connections): a request never wakes another thread, which was
        // a futex wake per request on a shared runtime.
        let workers = workers.max(1);
        let first = reuse_port_listener(listen.parse().map_err(std::io::Error::other)?)?;
        let address = first.local_addr()?;
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let mut listeners = vec![first];
        for _ in 1..workers {
            listeners.push(reuse_port_listener(address)?);
        }
        let mut threads = Vec::new();
        for socket in listeners {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .max_blocking_threads(32)
                .enable_all()
                .build()?;
            let app = app(state.clone());
            let mut stopped = stopped.clone();
            threads.push(std::thread::spawn(move || {
                runtime.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(socket)?;
                    axum::serve(listener, app)
                        .with_graceful_shutdown(async move {
                            let _ = stopped.wait_for(|stop| *stop).await;
                        })
                        .await
                })
            }));
        }
        let kept = state.clone();
        let sync_stop = Arc::new(AtomicBool::new(false));
        let sync_thread = match (sync_every, state.authority().is_some()) {
            (Some(every), true) => {
                let flag = sync_stop.clone();
                Some(std::thread::spawn(move || {
                    background_sync(&state, every, &flag)
                }))
            }
            _ => None,
        };
        Ok(Server {
            address,
            stop: Some(stop),
            threads,
            sync_stop,
            sync_thread,
            state: Some(kept),
        })
    }

    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// `http://ADDRESS`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Stops: no new connections, requests in flight finish.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.sync_stop.store(true, Ordering::SeqCst);
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(true);
        }
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
        if let Some(thread) = self.sync_thread.take() {
            let _ = thread.join();
        }
        self.state.take();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// How often the background sync looks for companies created since.
const RELIST_ROUNDS: u32 = 6;

/// A non-blocking listening socket on `address` that other sockets may
/// share (SO_REUSEPORT).
fn reuse_port_listener(address: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(address), Type::STREAM, None)?;
    socket.set_reuse_address(true)?;
    #[cfg(unix)]
    socket.set_reuse_port(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&address.into())?;
    socket.listen(1024)?;
    Ok(socket.into())
}

/// Syncs every company with the authority every `every`, until stopped.
/// A failure is a state (recorded by sync), never a crash. The list of
/// companies is read again every few rounds (on PostgreSQL that opens the
/// database), and a company's round opens nothing once it is open.
fn background_sync(state: &AppState, every: Duration, stop: &AtomicBool) {
    let tick = Duration::from_millis(100);
    let mut waited = every;
    let mut companies: Vec<String> = Vec::new();
    let mut rounds = 0u32;
    while !stop.load(Ordering::SeqCst) {
        if waited >= every {
            waited = Duration::ZERO;
            if rounds % RELIST_ROUNDS == 0 {
                companies = state.companies().npwps().unwrap_or(companies);
            }
            rounds = rounds.wrapping_add(1);
            for npwp in &companies {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                if let Err(e) = crate::api::admin::sync_round(state, npwp) {
                    tracing::warn!("sync {npwp}: {} {:?}", e.code, e.details);
                }
            }
        }
        std::thread::sleep(tick);
        waited += tick;
    }
}
