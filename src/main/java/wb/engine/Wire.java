package wb.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One end of the engine protocol: typed frames over a byte stream, each a type byte, a length
 * and that many bytes. Writes are atomic per frame, so that several threads of the engine (a
 * snippet printing to standard output, another to standard error) interleave whole frames, in
 * the order they were written.
 *
 * <p>The frames, client to engine: {@link #HELLO} (a run: the key, the directory and the
 * command line), {@link #STATUS}, {@link #QUIT}, {@link #STDIN} (bytes asked for; empty at end of
 * input) and {@link #INTERRUPT} (Ctrl-C). Engine to client: {@link #ACCEPTED}, {@link #BUSY},
 * {@link #MISMATCH}, {@link #STDOUT}, {@link #STDERR}, {@link #READ} (how many bytes of standard
 * input the run wants), {@link #EXIT} (the run's status), {@link #ELSEWHERE} (not a command for
 * an engine) and {@link #INFO} (a status line).
 */
public final class Wire implements AutoCloseable {
    /** The protocol's version; a client and an engine of different versions never talk. */
    public static final int VERSION = 1;

    public static final byte HELLO = 'H';
    public static final byte STATUS = 'S';
    public static final byte QUIT = 'Q';
    public static final byte STDIN = 'I';
    public static final byte INTERRUPT = 'C';
    public static final byte ACCEPTED = 'A';
    public static final byte BUSY = 'B';
    public static final byte MISMATCH = 'M';
    public static final byte STDOUT = 'O';
    public static final byte STDERR = 'E';
    public static final byte READ = 'R';
    public static final byte EXIT = 'X';
    public static final byte INFO = 'T';
    /** The command is not one an engine runs (the prompt): the client runs it in a JVM of its own. */
    public static final byte ELSEWHERE = 'P';

    /** The largest frame either side accepts: a guard against a stream that is not this protocol. */
    private static final int MAX_FRAME = 64 << 20;

    /** A frame read off the wire. */
    public record Frame(byte type, byte[] payload) {
        /** The payload as strings, as {@link #strings} wrote them. */
        public List<String> strings() throws IOException {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
            int count = in.readInt();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                values.add(new String(bytes, StandardCharsets.UTF_8));
            }
            return values;
        }

        /** The payload as one big-endian int. */
        public int integer() throws IOException {
            return new DataInputStream(new java.io.ByteArrayInputStream(payload)).readInt();
        }
    }

    private final DataInputStream in;
    private final DataOutputStream out;
    private final AutoCloseable resource;

    public Wire(InputStream in, OutputStream out, AutoCloseable resource) {
        this.in = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        this.out = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        this.resource = resource;
    }

    /** Reads the next frame; null at the end of the stream. */
    public Frame read() throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        int length;
        try {
            length = in.readInt();
            if (length < 0 || length > MAX_FRAME) {
                throw new IOException("not the wb engine protocol: a frame of " + length + " bytes");
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            return new Frame((byte) type, payload);
        } catch (EOFException e) {
            return null;
        }
    }

    /** Writes one frame and sends it at once. */
    public void write(byte type, byte[] payload, int offset, int length) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(length);
            out.write(payload, offset, length);
            out.flush();
        }
    }

    public void write(byte type, byte[] payload) throws IOException {
        write(type, payload, 0, payload.length);
    }

    public void writeInt(byte type, int value) throws IOException {
        write(type, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    public void writeStrings(byte type, List<String> values) throws IOException {
        write(type, strings(values));
    }

    /** Strings as a payload: a count, then each as a length and its UTF-8 bytes. */
    public static byte[] strings(List<String> values) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        try {
            data.writeInt(values.size());
            for (String value : values) {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * A wire over a connected socket channel. Its streams call the channel directly rather than
     * through {@code Channels.newInputStream}, whose blocking read holds a lock that a write on
     * the same channel then waits for: one thread must be able to wait for the client's next
     * message while another sends output.
     */
    public static Wire over(SocketChannel channel) {
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
        return new Wire(in, out, channel);
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            // Closing a socket that the other side already closed: nothing left to release.
        }
    }
}
