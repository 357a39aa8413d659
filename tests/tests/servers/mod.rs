//! Real servers for the wire tests: axum and actix-web on `127.0.0.1:0`, started inside the
//! test, asked with a raw TCP client, every wait bounded, stopped at the end.

#![allow(dead_code)] // Each test file uses its part.

use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

/// Bounds every wait: connecting, sending, reading, starting and stopping a server.
pub const LIMIT: Duration = Duration::from_secs(10);

/// The bytes of the whole response to `request`, sent on a fresh connection.
pub async fn raw(address: SocketAddr, request: &str) -> String {
    let exchange = async {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        String::from_utf8(response).unwrap()
    };
    timeout(LIMIT, exchange)
        .await
        .expect("the server answers in time")
}

/// Serves `app` with axum while `check` runs against its address, then stops it.
pub async fn with_axum<F: Future<Output = ()>>(
    app: axum::Router,
    check: impl FnOnce(SocketAddr) -> F,
) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                stopped.await.ok();
            })
            .await
    });

    check(address).await;

    stop.send(()).unwrap();
    timeout(LIMIT, server)
        .await
        .expect("the server stops")
        .unwrap()
        .unwrap();
}

/// Serves the app that `app` makes with actix-web, HTTP/1 and h2c, while `check` runs against
/// its address, then stops it. actix-web runs on its own runtime: a thread of its own, which
/// hands back the address and the handle that stops it.
pub async fn with_actix_web<A, T, B, F>(app: A, check: impl FnOnce(SocketAddr) -> F)
where
    A: Fn() -> actix_web::App<T> + Clone + Send + 'static,
    B: actix_web::body::MessageBody + 'static,
    T: actix_web::dev::ServiceFactory<
            actix_web::dev::ServiceRequest,
            Config = (),
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    F: Future<Output = ()>,
{
    let (started, start) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = actix_web::HttpServer::new(app)
                .workers(1)
                .disable_signals()
                .bind_auto_h2c(("127.0.0.1", 0))
                .unwrap();
            let address = server.addrs()[0];
            let server = server.run();
            started.send((address, server.handle())).unwrap();
            server.await
        })
    });
    let (address, handle) = start.recv_timeout(LIMIT).expect("the server starts");

    check(address).await;

    timeout(LIMIT, handle.stop(true))
        .await
        .expect("the server stops");
    thread.join().unwrap().unwrap();
}
