/*
 * wb-client: the native fast path of wb's thin client (docs/architecture.md, "The engine").
 *
 * It does two things: hand a script run to an idle engine that already listens for this run's
 * key, and, when there is none and the cap leaves room, start that engine and hand the run to it;
 * then it relays the run (standard output and error as bytes in order, standard input on demand,
 * Ctrl-C, the exit status). Everything else -- the cap reached, a busy or other engine,
 * `wb engine ...`, a command that needs the terminal, a run it cannot describe exactly as the
 * Java client would -- it leaves to the Java client (wb.engine.Client), which it execs with the
 * same arguments. So the two clients never disagree: this one only saves the start of a JVM
 * (about 0.1 s of processor time, 0.2 s of a first run) when the answer is known to be the same.
 *
 * Usage, from scripts/wb:
 *   wb-client M JAVACLIENT1..JAVACLIENTM RUNTIME TTYS N WORD1..WORDN ARGS...
 * where the M words run the Java client and the rest is the Java client's own command line.
 *
 * The protocol is wb.engine.Wire's: frames of a type byte, a big-endian int32 length and that
 * many bytes. The engine key is wb.engine.EngineKey's, computed over the same text; this client
 * computes it only when every character of that text is ASCII (else it defers), since the key
 * hashes UTF-16 units.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define WIRE_VERSION 1
#define MAX_FRAME (64 << 20)

enum {
    HELLO = 'H', STDIN_FRAME = 'I', INTERRUPT = 'C', ACCEPTED = 'A', STDOUT_FRAME = 'O',
    STDERR_FRAME = 'E', READ_FRAME = 'R', EXIT_FRAME = 'X', ELSEWHERE = 'P'
};

extern char **environ;

static int java_client_words;
static char **java_client;   /* the Java client's command, then its arguments (rest) */
static char **rest;          /* RUNTIME TTYS N WORDS... ARGS... */
static int rest_count;
static char **jvm_words;     /* the in-process JVM command */
static int jvm_count;
static char **args;          /* the user's arguments */
static int arg_count;

/* A growing byte buffer. */
typedef struct {
    char *data;
    size_t length, capacity;
} buffer;

static void put(buffer *b, const void *bytes, size_t n) {
    if (b->length + n > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 1024;
        while (capacity < b->length + n) {
            capacity *= 2;
        }
        char *grown = realloc(b->data, capacity);
        if (!grown) {
            fputs("wb: out of memory\n", stderr);
            exit(2);
        }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
}

static void puts_(buffer *b, const char *s) { put(b, s, strlen(s)); }

static void put_number(buffer *b, long long n) {
    char text[32];
    snprintf(text, sizeof text, "%lld", n);
    puts_(b, text);
}

static void put_int32(buffer *b, uint32_t v) {
    unsigned char be[4] = {v >> 24, v >> 16, v >> 8, v};
    put(b, be, 4);
}

/* Hands the run to the Java client, which handles every case; never returns. */
static void defer(void) {
    char **argv = calloc(java_client_words + rest_count + 1, sizeof *argv);
    if (!argv) {
        exit(2);
    }
    memcpy(argv, java_client, java_client_words * sizeof *argv);
    memcpy(argv + java_client_words, rest, rest_count * sizeof *argv);
    execv(argv[0], argv);
    fprintf(stderr, "wb: cannot start %s: %s\n", argv[0], strerror(errno));
    exit(2);
}

static int ascii(const char *s) {
    for (; *s; s++) {
        if ((unsigned char) *s >= 0x80) {
            return 0;
        }
    }
    return 1;
}

/*
 * EngineKey.of: FNV-1a and a multiply-rotate hash over the key's text, 20 hex digits. The text
 * is built exactly as EngineKey builds it; all of it is ASCII here, so a byte is a UTF-16 unit.
 */
static void engine_key(const char *runtime, const char *cwd, char key[21]) {
    buffer text = {0};
    puts_(&text, "wire ");
    put_number(&text, WIRE_VERSION);
    puts_(&text, "\nruntime ");
    puts_(&text, runtime);
    puts_(&text, "\n");
    const char *jar = NULL;
    for (int i = 0; i < jvm_count; i++) {
        puts_(&text, "command ");
        put_number(&text, (long long) strlen(jvm_words[i]));
        puts_(&text, " ");
        puts_(&text, jvm_words[i]);
        puts_(&text, "\n");
        if (strcmp(jvm_words[i], "-jar") == 0 && i + 1 < jvm_count && !jar) {
            jar = jvm_words[i + 1];
        }
    }
    struct stat st;
    if (!jar || stat(jar, &st) != 0) {
        defer();
    }
    /* BasicFileAttributes: size, lastModifiedTime().toMillis(), fileKey() "(dev=HEX,ino=N)". */
    char stamp[160];
    long long millis = (long long) st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000;
    snprintf(stamp, sizeof stamp, "jar %lld/%lld/(dev=%llx,ino=%llu)\n", (long long) st.st_size, millis,
             (unsigned long long) st.st_dev, (unsigned long long) st.st_ino);
    puts_(&text, stamp);
    puts_(&text, "cwd ");
    puts_(&text, cwd);
    puts_(&text, "\n");
    /* The environment as System.getenv() has it, in a TreeMap: sorted by name. */
    int count = 0;
    for (char **e = environ; *e; e++) {
        count++;
    }
    char **sorted = calloc(count + 1, sizeof *sorted);
    int kept = 0;
    for (char **e = environ; *e; e++) {
        char *eq = strchr(*e, '=');
        if (!eq || eq == *e) {
            continue;   /* the JDK skips entries without a name */
        }
        sorted[kept++] = *e;
    }
    /* strcmp on "NAME=value" would sort "A=.." after "A_B=..": compare the names alone. */
    for (int i = 1; i < kept; i++) {
        for (int j = i; j > 0; j--) {
            const char *a = sorted[j - 1], *b = sorted[j];
            size_t la = strchr(a, '=') - a, lb = strchr(b, '=') - b;
            int c = memcmp(a, b, la < lb ? la : lb);
            if (c < 0 || (c == 0 && la <= lb)) {
                break;
            }
            sorted[j - 1] = (char *) b;
            sorted[j] = (char *) a;
        }
    }
    for (int i = 0; i < kept; i++) {
        const char *eq = strchr(sorted[i], '=');
        if (i > 0) {
            const char *prev = sorted[i - 1];
            size_t lp = strchr(prev, '=') - prev;
            if (lp == (size_t) (eq - sorted[i]) && memcmp(prev, sorted[i], lp) == 0) {
                defer();   /* a name twice: which one the JDK keeps is its business */
            }
        }
        puts_(&text, "env ");
        put_number(&text, (long long) (eq - sorted[i]));
        puts_(&text, " ");
        put(&text, sorted[i], eq - sorted[i]);
        put_number(&text, (long long) strlen(eq + 1));
        puts_(&text, " ");
        puts_(&text, eq + 1);
        puts_(&text, "\n");
    }
    free(sorted);
    uint64_t fnv = 0xcbf29ce484222325ULL, mix = 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < text.length; i++) {
        unsigned char c = (unsigned char) text.data[i];
        if (c >= 0x80) {
            defer();
        }
        fnv = (fnv ^ c) * 0x100000001b3ULL;
        uint64_t m = (mix ^ c) * 0xff51afd7ed558ccdULL;
        mix = (m << 29) | (m >> 35);
    }
    mix ^= mix >> 33;
    mix *= 0xc4ceb9fe1a85ec53ULL;
    mix ^= mix >> 33;
    char hex[33];
    snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long) fnv, (unsigned long long) mix);
    memcpy(key, hex, 20);
    key[20] = 0;
    free(text.data);
}

/* EngineDirectory.locate, and its checks: an existing directory, ours, mode 0700. */
static void engine_directory(char *path, size_t size) {
    const char *explicit = getenv("WB_ENGINE_DIR");
    const char *runtime_dir = getenv("XDG_RUNTIME_DIR");
    struct stat st;
    if (explicit && *explicit && strspn(explicit, " \t\n\r\f\v") != strlen(explicit)) {
        if (explicit[0] != '/') {
            defer();   /* made absolute the JDK's way by the Java client */
        }
        snprintf(path, size, "%s", explicit);
    } else if (runtime_dir && *runtime_dir && strspn(runtime_dir, " \t\n\r\f\v") != strlen(runtime_dir)
               && stat(runtime_dir, &st) == 0 && S_ISDIR(st.st_mode)) {
        snprintf(path, size, "%s/wb", runtime_dir);
    } else {
        struct passwd *me = getpwuid(geteuid());
        if (!me) {
            defer();
        }
        snprintf(path, size, "/tmp/wb-%s", me->pw_name);
    }
    if (lstat(path, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 07777) != 0700) {
        defer();   /* none yet, or one the Java client will refuse with a message */
    }
}

static int write_all(int fd, const char *bytes, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, bytes, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        bytes += w;
        n -= (size_t) w;
    }
    return 0;
}

static int send_frame(int fd, char type, const char *payload, size_t n) {
    buffer frame = {0};
    put(&frame, &type, 1);
    put_int32(&frame, (uint32_t) n);
    if (n) {
        put(&frame, payload, n);
    }
    int result = write_all(fd, frame.data, frame.length);
    free(frame.data);
    return result;
}

/* Reads exactly n bytes; 0 when done, -1 at the end of the stream or on an error. */
static int read_fully(int fd, char *into, size_t n) {
    while (n > 0) {
        ssize_t r = read(fd, into, n);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            return -1;
        }
        into += r;
        n -= (size_t) r;
    }
    return 0;
}

static volatile sig_atomic_t interrupted;
static int wake[2] = {-1, -1};

static void on_sigint(int signal) {
    (void) signal;
    interrupted = 1;
    int saved = errno;
    if (write(wake[1], "", 1) < 0) {
        /* the pipe is full: a wake-up is pending anyway */
    }
    errno = saved;
}

/* Runs the command in a JVM of its own, feeding it first what the engine already read. */
static void in_process(const buffer *replay) {
    char **argv = calloc(jvm_count + arg_count + 1, sizeof *argv);
    memcpy(argv, jvm_words, jvm_count * sizeof *argv);
    memcpy(argv + jvm_count, args, arg_count * sizeof *argv);
    signal(SIGINT, SIG_DFL);
    if (!replay || replay->length == 0) {
        execv(argv[0], argv);
        fprintf(stderr, "wb: cannot start %s: %s\n", argv[0], strerror(errno));
        exit(2);
    }
    int feed[2];
    if (pipe(feed) != 0) {
        exit(2);
    }
    pid_t child = fork();
    if (child == 0) {
        dup2(feed[0], 0);
        close(feed[0]);
        close(feed[1]);
        execv(argv[0], argv);
        fprintf(stderr, "wb: cannot start %s: %s\n", argv[0], strerror(errno));
        _exit(2);
    }
    close(feed[0]);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, SIG_IGN);   /* the terminal's Ctrl-C reaches the child, in our process group */
    if (write_all(feed[1], replay->data, replay->length) == 0) {
        char chunk[65536];
        ssize_t r;
        while ((r = read(0, chunk, sizeof chunk)) > 0 || (r < 0 && errno == EINTR)) {
            if (r > 0 && write_all(feed[1], chunk, (size_t) r) != 0) {
                break;
            }
        }
    }
    close(feed[1]);
    int status;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
}

/* Relays an accepted run; returns its exit status. */
static int serve(int fd, long pid) {
    buffer forwarded = {0};
    size_t wanted = 0;   /* bytes of standard input the engine asked for, not yet sent */
    int reading = 0;
    char header[5];
    for (;;) {
        struct pollfd polls[3] = {{fd, POLLIN, 0}, {wake[0], POLLIN, 0}, {0, POLLIN, 0}};
        int n = poll(polls, reading ? 3 : 2, -1);
        if (n < 0 && errno != EINTR) {
            break;
        }
        if (interrupted) {
            interrupted = 0;
            char drain[64];
            while (read(wake[0], drain, sizeof drain) > 0) {
            }
            if (send_frame(fd, INTERRUPT, NULL, 0) != 0) {
                break;
            }
        }
        if (n <= 0) {
            continue;
        }
        if (reading && (polls[2].revents & (POLLIN | POLLHUP | POLLERR))) {
            char chunk[65536];
            size_t max = wanted < sizeof chunk ? wanted : sizeof chunk;
            ssize_t r = read(0, chunk, max ? max : 1);
            if (r < 0 && errno == EINTR) {
                continue;
            }
            if (r < 0) {
                r = 0;   /* an unreadable input ends like an empty one */
            }
            put(&forwarded, chunk, (size_t) r);
            reading = 0;
            if (send_frame(fd, STDIN_FRAME, chunk, (size_t) r) != 0) {
                break;
            }
        }
        if (!(polls[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            continue;
        }
        if (read_fully(fd, header, 5) != 0) {
            break;
        }
        uint32_t length = ((uint32_t) (unsigned char) header[1] << 24) | ((uint32_t) (unsigned char) header[2] << 16)
                          | ((uint32_t) (unsigned char) header[3] << 8) | (unsigned char) header[4];
        if (length > MAX_FRAME) {
            break;
        }
        char *payload = malloc(length ? length : 1);
        if (!payload || read_fully(fd, payload, length) != 0) {
            free(payload);
            break;
        }
        int32_t value = length >= 4 ? (int32_t) (((uint32_t) (unsigned char) payload[0] << 24)
                                                 | ((uint32_t) (unsigned char) payload[1] << 16)
                                                 | ((uint32_t) (unsigned char) payload[2] << 8)
                                                 | (unsigned char) payload[3]) : 0;
        switch (header[0]) {
            case STDOUT_FRAME:
                /* A closed standard output drops the bytes, as System.out does in a JVM. */
                write_all(1, payload, length);
                break;
            case STDERR_FRAME:
                write_all(2, payload, length);
                break;
            case READ_FRAME:
                wanted = value > 0 ? (size_t) value : 1;
                reading = 1;
                break;
            case EXIT_FRAME:
                free(payload);
                return value;
            case ELSEWHERE:
                free(payload);
                close(fd);
                in_process(&forwarded);
                return 2;
            default:
                free(payload);
                fprintf(stderr, "wb: the engine (pid %ld) sent an unexpected frame\n", pid);
                close(fd);
                in_process(&forwarded);
                return 2;
        }
        free(payload);
    }
    fprintf(stderr, "wb: the engine (pid %ld) ended during the run; running it again in this process\n", pid);
    close(fd);
    in_process(&forwarded);
    return 2;
}

/* Offers the run to the engine on this socket; the connection when it accepted, else -1. */
static int hello(const char *socket_path, long pid, const char *key, const char *cwd, const char *encoding,
                 const char *ttys) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    if (fd < 0 || strlen(socket_path) >= sizeof address.sun_path) {
        if (fd >= 0) {
            close(fd);
        }
        return -1;
    }
    strcpy(address.sun_path, socket_path);
    if (connect(fd, (struct sockaddr *) &address, sizeof address) != 0) {
        close(fd);
        if (kill((pid_t) pid, 0) != 0 && errno == ESRCH) {
            unlink(socket_path);   /* an engine that was killed left its socket */
        }
        return -1;
    }
    buffer payload = {0};
    put_int32(&payload, (uint32_t) (5 + arg_count));
    const char *fields[5] = {key, cwd, encoding, encoding, ttys};
    for (int i = 0; i < 5; i++) {
        put_int32(&payload, (uint32_t) strlen(fields[i]));
        puts_(&payload, fields[i]);
    }
    for (int i = 0; i < arg_count; i++) {
        put_int32(&payload, (uint32_t) strlen(args[i]));
        puts_(&payload, args[i]);
    }
    int sent = send_frame(fd, HELLO, payload.data, payload.length);
    free(payload.data);
    char reply[5];
    if (sent != 0 || read_fully(fd, reply, 5) != 0 || reply[0] != ACCEPTED) {
        close(fd);   /* busy, another key, or retiring just now */
        return -1;
    }
    uint32_t length = ((uint32_t) (unsigned char) reply[1] << 24) | ((uint32_t) (unsigned char) reply[2] << 16)
                      | ((uint32_t) (unsigned char) reply[3] << 8) | (unsigned char) reply[4];
    char skip[64];
    if (length > sizeof skip || read_fully(fd, skip, length) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

typedef struct {
    long pid;
    char path[PATH_MAX];
} engine;

/* Engines.max: WB_ENGINE_MAX, at least 1, default 4; -1 for a value only the Java client reads. */
static int engine_cap(void) {
    const char *given = getenv("WB_ENGINE_MAX");
    if (!given) {
        return 4;
    }
    if (!*given || strspn(given, "0123456789") != strlen(given) || strlen(given) > 9) {
        return -1;
    }
    int max = atoi(given);
    return max < 1 ? 1 : max;
}

/* How many engines, of any key, have a socket in the directory and a live process. */
static int live_engines(const char *directory) {
    DIR *dir = opendir(directory);
    if (!dir) {
        return INT_MAX;
    }
    int live = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name, *dash = strrchr(name, '-');
        size_t length = strlen(name);
        if (!dash || length < 6 || strcmp(name + length - 5, ".sock") != 0) {
            continue;
        }
        char *end;
        long pid = strtol(dash + 1, &end, 10);
        if (end == name + length - 5 && pid > 0 && (kill((pid_t) pid, 0) == 0 || errno == EPERM)) {
            live++;
        }
    }
    closedir(dir);
    return live;
}

/*
 * Client.start: the engine for this key, in a session of its own (the terminal's Ctrl-C and
 * hang-up never reach it), reading nothing and writing only to its log; then, as soon as its
 * socket answers, the run is handed to it. An engine that ends or does not answer within 60 s
 * leaves the run to a JVM of this client's own, with one line saying why.
 */
static int start_and_serve(const char *directory, const char *key, const char *cwd, const char *encoding,
                           const char *ttys) {
    char log[PATH_MAX], socket_path[PATH_MAX];
    snprintf(log, sizeof log, "%s/%s.log", directory, key);
    /* (the pid's digits: at most 10) */
    if (strlen(directory) + strlen(key) + 18 >= sizeof ((struct sockaddr_un *) 0)->sun_path) {
        defer();   /* a socket path too long to bind: the Java client says so */
    }
    char **argv = calloc(jvm_count + 4, sizeof *argv);
    if (!argv) {
        defer();
    }
    memcpy(argv, jvm_words, jvm_count * sizeof *argv);
    argv[jvm_count] = "--engine-serve";
    argv[jvm_count + 1] = (char *) directory;
    argv[jvm_count + 2] = (char *) key;
    pid_t child = fork();
    if (child < 0) {
        defer();
    }
    if (child == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (in < 0 || out < 0 || setsid() < 0) {
            _exit(127);
        }
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        /* Nothing else of the caller's: an engine holding, say, the pipe of a `$(wb x.jsh)`
           would keep it open for as long as the engine lives. */
#ifdef SYS_close_range
        if (syscall(SYS_close_range, 3, ~0U, 0) != 0)
#endif
        {
            long open_max = sysconf(_SC_OPEN_MAX);
            for (long fd = 3; fd < (open_max > 0 && open_max < 65536 ? open_max : 65536); fd++) {
                close((int) fd);
            }
        }
        signal(SIGPIPE, SIG_DFL);
        execv(argv[0], argv);
        dprintf(2, "wb: cannot start %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    free(argv);
    snprintf(socket_path, sizeof socket_path, "%s/%s-%ld.sock", directory, key, (long) child);
    struct timespec pause = {0, 3 * 1000 * 1000};
    for (long waited = 0; waited < 60L * 1000 / 3; waited++) {
        struct stat st;
        if (stat(socket_path, &st) == 0) {
            int fd = hello(socket_path, child, key, cwd, encoding, ttys);
            if (fd >= 0) {
                struct sigaction action = {.sa_handler = on_sigint};
                sigemptyset(&action.sa_mask);
                sigaction(SIGINT, &action, NULL);
                return serve(fd, child);
            }
        }
        int status;
        if (waitpid(child, &status, WNOHANG) == child) {
            fprintf(stderr, "wb: the engine did not start (exit %d, log %s); running in this process\n",
                    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), log);
            in_process(NULL);
        }
        nanosleep(&pause, NULL);
    }
    fprintf(stderr, "wb: the engine did not start within 60 s (log %s); running in this process\n", log);
    kill(child, SIGKILL);
    in_process(NULL);
    return 2;
}

static int newest_first(const void *a, const void *b) {
    long pa = ((const engine *) a)->pid, pb = ((const engine *) b)->pid;
    return pa < pb ? 1 : pa > pb ? -1 : 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs("usage: wb-client M JAVACLIENT... RUNTIME TTYS N WORDS... ARGS...\n", stderr);
        return 2;
    }
    java_client_words = atoi(argv[1]);
    if (java_client_words < 1 || 2 + java_client_words + 3 > argc) {
        fputs("wb-client: bad arguments\n", stderr);
        return 2;
    }
    java_client = argv + 2;
    rest = argv + 2 + java_client_words;
    rest_count = argc - 2 - java_client_words;
    const char *runtime = rest[0], *ttys = rest[1];
    jvm_count = atoi(rest[2]);
    if (jvm_count < 1 || 3 + jvm_count > rest_count) {
        defer();
    }
    jvm_words = rest + 3;
    args = rest + 3 + jvm_count;
    arg_count = rest_count - 3 - jvm_count;

    /* What the engine does not serve, or serves only after a choice the Java client makes. */
    const char *switch_ = getenv("WB_ENGINE");
    if (switch_ && strcmp(switch_, "off") == 0) {
        defer();
    }
    if (arg_count > 0 && strcmp(args[0], "engine") == 0) {
        defer();
    }
    for (int i = 0; i < arg_count; i++) {
        if (strcmp(args[i], "--no-engine") == 0) {
            defer();
        }
    }

    /* The charset a JVM gives standard output here: native.encoding, nl_langinfo(CODESET). */
    setlocale(LC_ALL, "");
    const char *encoding = nl_langinfo(CODESET);
    int utf8 = strcmp(encoding, "UTF-8") == 0;
    for (int i = 0; i < arg_count; i++) {
        if (!utf8 && !ascii(args[i])) {
            defer();   /* the JVM would decode it with its own charset */
        }
    }
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || !ascii(cwd) || !ascii(runtime)) {
        defer();
    }
    char key[21];
    engine_key(runtime, cwd, key);
    char directory[PATH_MAX];
    engine_directory(directory, sizeof directory);

    DIR *dir = opendir(directory);
    if (!dir) {
        defer();
    }
    engine *engines = NULL;
    int count = 0, capacity = 0;
    struct dirent *entry;
    size_t key_length = strlen(key);
    while ((entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        size_t length = strlen(name);
        if (length <= key_length + 6 || strncmp(name, key, key_length) != 0 || name[key_length] != '-'
            || strcmp(name + length - 5, ".sock") != 0) {
            continue;
        }
        char *end;
        long pid = strtol(name + key_length + 1, &end, 10);
        if (end != name + length - 5 || pid <= 0) {
            continue;
        }
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 4;
            engines = realloc(engines, capacity * sizeof *engines);
        }
        engines[count].pid = pid;
        snprintf(engines[count].path, sizeof engines[count].path, "%s/%s", directory, name);
        count++;
    }
    closedir(dir);
    qsort(engines, count, sizeof *engines, newest_first);

    if (pipe2(wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        defer();
    }
    signal(SIGPIPE, SIG_IGN);
    for (int i = 0; i < count; i++) {
        int fd = hello(engines[i].path, engines[i].pid, key, cwd, encoding, ttys);
        if (fd >= 0) {
            struct sigaction action = {.sa_handler = on_sigint};
            sigemptyset(&action.sa_mask);
            sigaction(SIGINT, &action, NULL);
            return serve(fd, engines[i].pid);
        }
    }
    /* No idle engine for this key: start one here when the cap leaves room, as the Java client
       would; at the cap it is the Java client that asks the engine idle the longest to quit. */
    int max = engine_cap();
    if (max < 0 || live_engines(directory) >= max) {
        defer();
    }
    return start_and_serve(directory, key, cwd, encoding, ttys);
}
