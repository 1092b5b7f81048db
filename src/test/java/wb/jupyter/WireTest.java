package wb.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

class WireTest {
    private static JsonObject content(String code) {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        return content;
    }

    /** Sends from a client socket through a codec and reads on the kernel's side. */
    private static Wire.Message roundTrip(Wire sender, Wire receiver, List<String> log) throws InterruptedException {
        try (ZContext context = new ZContext()) {
            ZMQ.Socket router = context.createSocket(SocketType.ROUTER);
            router.bind("inproc://shell");
            ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
            dealer.connect("inproc://shell");
            sender.send(dealer, List.of(), "execute_request", null, content("1 + 1"));
            for (int i = 0; i < 200; i++) {
                Wire.Message message = receiver.read(router, log::add);
                if (message != null || !log.isEmpty()) {
                    return message;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("nothing arrived");
        }
    }

    @Test
    void aMessageSignedWithTheConnectionKeyIsReadWithItsRoutingIdentity() throws Exception {
        List<String> log = new ArrayList<>();
        Wire.Message message = roundTrip(new Wire("hmac-sha256", "secret"), new Wire("hmac-sha256", "secret"), log);
        assertThat(log).isEmpty();
        assertThat(message.type()).isEqualTo("execute_request");
        assertThat(message.content().get("code").getAsString()).isEqualTo("1 + 1");
        assertThat(message.identities()).hasSize(1);
        assertThat(message.header().get("version").getAsString()).isEqualTo("5.3");
    }

    @Test
    void aMessageSignedWithAnotherKeyIsDropped() throws Exception {
        List<String> log = new ArrayList<>();
        Wire.Message message = roundTrip(new Wire("hmac-sha256", "guess"), new Wire("hmac-sha256", "secret"), log);
        assertThat(message).isNull();
        assertThat(log).containsExactly("dropped a message with a wrong signature");
    }

    @Test
    void anUnknownSignatureSchemeIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Wire("md5", "k"))
                .hasMessageContaining("signature_scheme \"md5\" is not supported");
    }
}
