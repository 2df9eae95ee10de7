package id.siagahumas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a server (PostgreSQL) that can go down and come back, so a test can take the database
 * away from one application without stopping a server that others share. Down, it resets every open connection
 * (RST, as a stopped server's dropped sockets look to the driver) and resets each new one as soon as it is
 * accepted; up again, it forwards new connections as before.
 */
final class PausableTcpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger forwarded = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final Thread acceptor;
  private volatile boolean down;

  private PausableTcpProxy(ServerSocket listener, InetSocketAddress target) {
    this.listener = listener;
    this.target = target;
    this.acceptor = new Thread(this::accept, "proxy-accept-" + listener.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on a free port of 127.0.0.1 and forwards to {@code host:port}. */
  static PausableTcpProxy start(String host, int port) throws IOException {
    ServerSocket listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    return new PausableTcpProxy(listener, new InetSocketAddress(host, port));
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Resets every open connection; new ones are reset on arrival until {@link #comeUp()}. */
  void goDown() {
    down = true;
    for (Socket socket : open) {
      reset(socket);
    }
  }

  void comeUp() {
    down = false;
  }

  boolean isDown() {
    return down;
  }

  /** Connections forwarded so far. */
  int forwarded() {
    return forwarded.get();
  }

  /** Connections reset on arrival while down. */
  int refused() {
    return refused.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (down) {
        refused.incrementAndGet();
        reset(client);
        continue;
      }
      Socket server = new Socket();
      try {
        server.connect(target, 5_000);
      } catch (IOException e) {
        reset(client);
        closeQuietly(server);
        continue;
      }
      open.add(client);
      open.add(server);
      forwarded.incrementAndGet();
      pump(client, server);
      pump(server, client);
      if (down) {
        // went down while this one was being connected
        reset(client);
        reset(server);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed or was reset: the other side goes too
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        open.remove(from);
        open.remove(to);
      }
    }, "proxy-pump-" + from.getPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** Closes with SO_LINGER 0: the peer gets a reset, not an orderly end of stream. */
  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException e) {
      // already closed
    }
    closeQuietly(socket);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      closeQuietly(socket);
    }
  }
}
