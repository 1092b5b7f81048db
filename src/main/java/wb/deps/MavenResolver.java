package wb.deps;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Resolves Maven artifacts with their transitive runtime dependencies, as Maven itself would:
 * with Apache Maven Resolver, the user's {@code ~/.m2/settings.xml} (local repository, mirrors,
 * proxies, servers' credentials, offline, repositories of active profiles) and the local
 * repository Maven uses, so that what Maven has downloaded is not downloaded again.
 *
 * <p>Repositories are Maven Central plus those of the settings' active profiles; mirrors and
 * proxies apply to all of them.
 */
public final class MavenResolver {
    /** Maven Central, as Maven's super POM names it. */
    private static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";
    /** Seconds before a repository that does not answer is given up. */
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int REQUEST_TIMEOUT_MILLIS = 60_000;

    private final Path userHome;

    /**
     * @param userHome the home whose {@code .m2/settings.xml} and {@code .m2/repository} are used
     */
    public MavenResolver(Path userHome) {
        this.userHome = userHome;
    }

    /** The settings file this resolver reads (it need not exist). */
    public Path settingsFile() {
        return userHome.resolve(".m2/settings.xml");
    }

    /**
     * Resolves artifacts and their runtime dependencies, nearest version winning as in Maven.
     *
     * @return every artifact, the requested ones first, each once
     * @throws ResolutionException with a one-line message: what could not be resolved and why
     */
    public List<ResolvedArtifact> resolve(List<Coordinates> requested) throws ResolutionException {
        Settings settings = settings();
        RepositorySystem system = new RepositorySystemSupplier().get();
        try (RepositorySystemSession.CloseableSession session = session(system, settings)) {
            List<RemoteRepository> repositories = system.newResolutionRepositories(session, repositories(settings));
            CollectRequest collect = new CollectRequest();
            for (Coordinates c : requested) {
                collect.addDependency(new Dependency(artifact(c), JavaScopes.RUNTIME));
            }
            collect.setRepositories(repositories);
            DependencyRequest request = new DependencyRequest(collect,
                    DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            DependencyResult result;
            try {
                result = system.resolveDependencies(session, request);
            } catch (DependencyResolutionException e) {
                throw new ResolutionException(describe(e, settings), failedArtifact(e));
            }
            Map<String, ResolvedArtifact> artifacts = new LinkedHashMap<>();
            for (ArtifactResult r : result.getArtifactResults()) {
                Artifact a = r.getArtifact();
                if (a == null || a.getPath() == null) {
                    continue;
                }
                Coordinates c = new Coordinates(a.getGroupId(), a.getArtifactId(), a.getExtension(),
                        a.getClassifier(), a.getVersion());
                artifacts.putIfAbsent(c.toString(), new ResolvedArtifact(c, a.getPath()));
            }
            return List.copyOf(artifacts.values());
        } finally {
            system.shutdown();
        }
    }

    private RepositorySystemSession.CloseableSession session(RepositorySystem system, Settings settings) {
        Path local = settings.getLocalRepository() == null || settings.getLocalRepository().isBlank()
                ? userHome.resolve(".m2/repository") : Path.of(settings.getLocalRepository());
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror m : settings.getMirrors()) {
            mirrors.add(m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(),
                    m.getMirrorOfLayouts());
        }
        DefaultProxySelector proxies = new DefaultProxySelector();
        for (org.apache.maven.settings.Proxy p : settings.getProxies()) {
            if (p.isActive()) {
                AuthenticationBuilder auth = new AuthenticationBuilder();
                if (p.getUsername() != null) {
                    auth.addUsername(p.getUsername()).addPassword(p.getPassword());
                }
                proxies.add(new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(),
                        auth.build()), p.getNonProxyHosts());
            }
        }
        DefaultAuthenticationSelector credentials = new DefaultAuthenticationSelector();
        for (Server s : settings.getServers()) {
            credentials.add(s.getId(), new AuthenticationBuilder().addUsername(s.getUsername())
                    .addPassword(s.getPassword()).addPrivateKey(s.getPrivateKey(), s.getPassphrase()).build());
        }
        return new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(local)
                .setOffline(settings.isOffline())
                .setMirrorSelector(mirrors)
                .setProxySelector(proxies)
                .setAuthenticationSelector(credentials)
                .setSystemProperties(System.getProperties())
                .setConfigProperty("aether.transport.http.connectTimeout", CONNECT_TIMEOUT_MILLIS)
                .setConfigProperty("aether.transport.http.requestTimeout", REQUEST_TIMEOUT_MILLIS)
                .build();
    }

    /** Maven Central and the repositories of the settings' active profiles. */
    private static List<RemoteRepository> repositories(Settings settings) {
        List<RemoteRepository> repositories = new ArrayList<>();
        repositories.add(new RemoteRepository.Builder("central", "default", CENTRAL_URL)
                .setSnapshotPolicy(new RepositoryPolicy(false, null, null)).build());
        for (Profile profile : settings.getProfiles()) {
            boolean active = settings.getActiveProfiles().contains(profile.getId())
                    || (profile.getActivation() != null && profile.getActivation().isActiveByDefault());
            if (!active) {
                continue;
            }
            for (Repository r : profile.getRepositories()) {
                repositories.add(new RemoteRepository.Builder(r.getId(), r.getLayout(), r.getUrl()).build());
            }
        }
        return repositories;
    }

    private Settings settings() throws ResolutionException {
        Path file = settingsFile();
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest()
                .setSystemProperties(System.getProperties());
        if (Files.isRegularFile(file)) {
            request.setUserSettingsFile(file.toFile());
        }
        try {
            return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            SettingsProblem first = e.getProblems().isEmpty() ? null : e.getProblems().get(0);
            throw new ResolutionException("cannot read " + file + (first == null ? ": " + e.getMessage()
                    : ":" + first.getLineNumber() + ": " + first.getMessage()));
        }
    }

    private static Artifact artifact(Coordinates c) {
        return new DefaultArtifact(c.groupId(), c.artifactId(), c.classifier(), c.extension(), c.version());
    }

    /** The {@code group:artifact} whose download failed, if one did. */
    private static String failedArtifact(DependencyResolutionException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            List<Throwable> all = new ArrayList<>(List.of(t.getSuppressed()));
            all.add(t);
            for (Throwable s : all) {
                if (s instanceof ArtifactTransferException && ((ArtifactTransferException) s).getArtifact() != null) {
                    Artifact a = ((ArtifactTransferException) s).getArtifact();
                    return a.getGroupId() + ":" + a.getArtifactId();
                }
            }
        }
        return null;
    }

    /** One line on why resolution failed: the artifact not found, or the repository not reached. */
    private static String describe(DependencyResolutionException e, Settings settings) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Throwable s : t.getSuppressed()) {
                String found = describeTransfer(s, settings);
                if (found != null) {
                    return found;
                }
            }
            String found = describeTransfer(t, settings);
            if (found != null) {
                return found;
            }
        }
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return firstLine(deepest.getMessage());
    }

    private static String describeTransfer(Throwable t, Settings settings) {
        if (t instanceof ArtifactNotFoundException) {
            ArtifactNotFoundException missing = (ArtifactNotFoundException) t;
            return "not found: " + name(missing.getArtifact()) + " is in no repository ("
                    + where(missing.getRepository()) + ")" + (settings.isOffline()
                    ? "; settings.xml says offline, so only the local repository was searched" : "");
        }
        if (t instanceof ArtifactTransferException) {
            ArtifactTransferException transfer = (ArtifactTransferException) t;
            Throwable root = transfer;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            boolean network = root instanceof UnknownHostException || root instanceof ConnectException
                    || root instanceof NoRouteToHostException || root instanceof SocketTimeoutException
                    || (root instanceof IOException && String.valueOf(root.getMessage()).contains("connect"));
            return (network ? "cannot reach " : "cannot download " + name(transfer.getArtifact()) + " from ")
                    + where(transfer.getRepository()) + ": " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()))
                    + (network ? " (no network? set <offline>true</offline> in settings.xml to use only the"
                    + " local repository)" : "");
        }
        return null;
    }

    private static String name(Artifact a) {
        if (a == null) {
            return "the artifact";
        }
        return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()
                + ("jar".equals(a.getExtension()) ? "" : " (" + a.getExtension() + ")");
    }

    private static String where(org.eclipse.aether.repository.ArtifactRepository repository) {
        if (repository instanceof RemoteRepository) {
            RemoteRepository remote = (RemoteRepository) repository;
            org.eclipse.aether.repository.Proxy proxy = remote.getProxy();
            return remote.getId() + " " + remote.getUrl()
                    + (proxy == null ? "" : " through the proxy " + proxy.getHost() + ":" + proxy.getPort());
        }
        return repository == null ? "no repository" : repository.getId();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown failure";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
