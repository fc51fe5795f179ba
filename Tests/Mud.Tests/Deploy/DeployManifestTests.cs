using System.Diagnostics;
using System.Text.RegularExpressions;
using Mud.Tests.EndToEnd;
using static Mud.Tests.Deploy.DeployFiles;

namespace Mud.Tests.Deploy;

/// <summary>The operator files in <c>deploy/</c> are well-formed and say what the README says they do.</summary>
[Trait("Category", "Unit")]
public sealed partial class DeployManifestTests
{
    private static readonly string[] AppServices = ["silo1", "silo2", "silo3", "portal", "webportal"];

    [Fact]
    public void ComposeFile_RunsPostgresThreeSilosThePortalAndTheWebPortal()
    {
        var path = Path.Combine(Folder("compose"), "compose.yaml");
        Assert.Equal(1, CountYamlDocuments(path));
        var services = Map(At(ReadYaml(path)[0], "services"), "services");

        Assert.Equal(["portal", "postgres", "silo1", "silo2", "silo3", "webportal"], services.Keys.Order());
        Assert.NotNull(At(Map(services["postgres"], "postgres"), "healthcheck"));
        foreach (var name in AppServices)
        {
            var service = Map(services[name], name);
            var environment = Map(service["environment"], $"{name}.environment");
            Assert.Equal("PostgreSql", environment["Mud__Storage__Provider"]);
            Assert.Contains("Host=postgres", (string)environment["Mud__Storage__ConnectionString"]!, StringComparison.Ordinal);
            Assert.Equal("deploy/docker/Dockerfile", At(service, "build", "dockerfile"));
            Assert.Equal(name.StartsWith("silo", StringComparison.Ordinal) ? "silo" : name, At(service, "build", "target"));
            if (name.StartsWith("silo", StringComparison.Ordinal))
            {
                Assert.Equal(name, environment["Mud__Silo__AdvertisedAddress"]);
                Assert.Equal(name, environment["Mud__Silo__Name"]);
            }
        }

        Assert.Contains("4000:4000", List(Map(services["portal"], "portal")["ports"], "portal.ports"));
        Assert.Contains("8080:8080", List(Map(services["webportal"], "webportal")["ports"], "webportal.ports"));
    }

    [Fact]
    public void Dockerfile_HasATargetPerProcessKind_RunningThatProcessesAssembly()
    {
        var text = File.ReadAllText(Path.Combine(Folder("docker"), "Dockerfile"));
        foreach (var (target, assembly) in new[] { ("silo", "Mud.Silo.dll"), ("portal", "Mud.Portal.dll"), ("webportal", "Mud.WebPortal.dll") })
        {
            var stage = Regex.Match(text, $@"^FROM \S+ AS {target}\r?\n(?<body>(?:(?!^FROM ).*\r?\n?)*)", RegexOptions.Multiline);
            Assert.True(stage.Success, $"no '{target}' stage");
            Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{assembly}\"]", stage.Groups["body"].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KubernetesManifests_AreWellFormed_AndTheKustomizationListsEveryOne()
    {
        var folder = Folder("kubernetes");
        var files = Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileName).Order().ToList();
        var kustomization = ReadYaml(Path.Combine(folder, "kustomization.yaml"))[0];
        var listed = List(kustomization["resources"], "resources").Cast<string>().Order().ToList();
        Assert.Equal(files.Where(f => f != "kustomization.yaml"), listed);

        foreach (var file in listed)
        {
            var documents = ReadYaml(Path.Combine(folder, file));
            Assert.Equal(CountYamlDocuments(Path.Combine(folder, file)), documents.Count);
            foreach (var document in documents)
            {
                var kind = Assert.IsType<string>(document["kind"]);
                Assert.IsType<string>(document["apiVersion"]);
                Assert.False(string.IsNullOrEmpty(At(document, "metadata", "name") as string), $"{file}: a {kind} has no name");
                if (kind != "Namespace")
                {
                    Assert.Equal("mud", At(document, "metadata", "namespace"));
                }

                if (kind is "Deployment" or "StatefulSet")
                {
                    var selector = Map(At(document, "spec", "selector", "matchLabels"), "matchLabels");
                    var labels = Map(At(document, "spec", "template", "metadata", "labels"), "labels");
                    Assert.All(selector, s => Assert.Equal(s.Value, labels.GetValueOrDefault(s.Key)));
                }
            }
        }
    }

    [Fact]
    public void KubernetesSilo_UsesOrleansKubernetesHosting_WithItsLabelsEnvironmentAndRole()
    {
        var folder = Folder("kubernetes");
        var silo = ReadYaml(Path.Combine(folder, "silo.yaml")).Single(d => (string?)d["kind"] == "Deployment");
        var labels = Map(At(silo, "spec", "template", "metadata", "labels"), "labels");
        Assert.Equal("mud", labels["orleans/serviceId"]);
        Assert.Equal("mud", labels["orleans/clusterId"]);
        Assert.Equal("mud-silo", At(silo, "spec", "template", "spec", "serviceAccountName"));
        var container = Map(List(At(silo, "spec", "template", "spec", "containers"), "containers")[0], "container");
        var environment = List(container["env"], "env").Select(e => Map(e, "env entry")).ToDictionary(e => (string)e["name"]!);
        foreach (var name in new[] { "POD_NAME", "POD_NAMESPACE", "POD_IP", "ORLEANS_SERVICE_ID", "ORLEANS_CLUSTER_ID", "Mud__Storage__ConnectionString" })
        {
            Assert.True(environment.ContainsKey(name), $"the silo lacks {name}");
        }

        Assert.Equal("true", environment["Mud__Silo__Kubernetes"]["value"]);
        Assert.Equal("/health/ready", At(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/health", At(container, "livenessProbe", "httpGet", "path"));

        var role = ReadYaml(Path.Combine(folder, "silo-rbac.yaml")).Single(d => (string?)d["kind"] == "Role");
        var rule = Map(List(role["rules"], "rules")[0], "rule");
        Assert.Contains("pods", List(rule["resources"], "resources"));
        Assert.All(new[] { "get", "list", "watch", "patch" }, verb => Assert.Contains(verb, List(rule["verbs"], "verbs")));
    }

    [Fact]
    public void KubernetesNetworkPolicy_LetsOnlySilosReachTheSiloPort_AndOnlyTheFrontEndsTheGateway()
    {
        var folder = Folder("kubernetes");
        var policy = ReadYaml(Path.Combine(folder, "networkpolicy.yaml")).Single(d => (string?)d["kind"] == "NetworkPolicy");
        Assert.Equal("mud-silo", At(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name"));
        Assert.Contains("Ingress", List(At(policy, "spec", "policyTypes"), "policyTypes"));

        // Which pods (by name label; "anyone" for a rule without "from") each named port admits.
        var admitted = new Dictionary<string, List<string>>();
        foreach (var rule in List(At(policy, "spec", "ingress"), "ingress").Select(r => Map(r, "ingress rule")))
        {
            var sources = rule.TryGetValue("from", out var from)
                ? List(from, "from").Select(f => (string)At(Map(f, "from entry"), "podSelector", "matchLabels", "app.kubernetes.io/name")!).ToList()
                : ["anyone"];
            foreach (var port in List(rule["ports"], "ports").Select(p => (string)Map(p, "port")["port"]!))
            {
                admitted[port] = [.. admitted.GetValueOrDefault(port) ?? [], .. sources];
            }
        }

        Assert.Equal(["mud-silo"], admitted["silo"]);
        Assert.Equal(["mud-portal", "mud-webportal"], admitted["gateway"].Order());

        // Every port of the silo container is named in the policy, so none is shut by accident.
        var silo = ReadYaml(Path.Combine(folder, "silo.yaml")).Single(d => (string?)d["kind"] == "Deployment");
        var container = Map(List(At(silo, "spec", "template", "spec", "containers"), "containers")[0], "container");
        var ports = List(container["ports"], "ports").Select(p => (string)Map(p, "port")["name"]!).Order();
        Assert.Equal(ports, admitted.Keys.Order());
    }

    [Fact]
    public void KubernetesCertificateFiles_AreReadOnlySecretVolumes_WithTheirPasswordFromTheSameSecret()
    {
        var folder = Folder("kubernetes");
        var deployments = new[] { "silo.yaml", "portal.yaml", "webportal.yaml" }
            .Select(f => ReadYaml(Path.Combine(folder, f)).Single(d => (string?)d["kind"] == "Deployment"))
            .ToDictionary(d => (string)At(d, "metadata", "name")!);
        var files = new Dictionary<string, List<string>>();
        foreach (var (name, deployment) in deployments)
        {
            var pod = Map(At(deployment, "spec", "template", "spec"), $"{name} pod");
            var volumes = List(pod.GetValueOrDefault("volumes") ?? new List<object?>(), "volumes").Select(v => Map(v, "volume")).ToDictionary(v => (string)v["name"]!);
            var container = Map(List(pod["containers"], "containers")[0], "container");
            var mounts = List(container.GetValueOrDefault("volumeMounts") ?? new List<object?>(), "volumeMounts").Select(m => Map(m, "volume mount")).ToList();
            var environment = List(container["env"], "env").Select(e => Map(e, "env entry")).ToDictionary(e => (string)e["name"]!);
            files[name] = [];
            foreach (var (variable, entry) in environment.Where(e => e.Key.EndsWith("__CertificateFile", StringComparison.Ordinal)))
            {
                var path = Assert.IsType<string>(entry["value"]);
                var mount = mounts.SingleOrDefault(m => path.StartsWith((string)m["mountPath"]! + "/", StringComparison.Ordinal))
                    ?? throw new Xunit.Sdk.XunitException($"{name}: {variable}={path} is in no mounted volume");
                Assert.True(mount.GetValueOrDefault("readOnly") is "true", $"{name}: the volume of {variable} is not mounted read-only");
                var secret = Map(At(volumes[(string)mount["name"]!], "secret"), $"{name}: the volume of {variable} is not a Secret");
                var items = List(secret["items"], "items").Select(i => (string)Map(i, "item")["path"]!);
                Assert.Contains(path[((string)mount["mountPath"]!).Length..].TrimStart('/'), items);

                var password = environment[variable.Replace("__CertificateFile", "__CertificatePassword", StringComparison.Ordinal)];
                Assert.Equal(secret["secretName"], At(password, "valueFrom", "secretKeyRef", "name"));
                files[name].Add(variable);
            }

            // The pods run as the images' "app" user: the Secret files are its group's and nobody else's.
            Assert.Equal("1654", At(pod, "securityContext", "fsGroup"));
        }

        Assert.All(files.Values, variables => Assert.Contains("Mud__Orleans__Tls__CertificateFile", variables));
        Assert.Contains("Mud__Portal__Tls__CertificateFile", files["mud-portal"]);
        Assert.Contains("Mud__Web__Keys__CertificateFile", files["mud-webportal"]);
    }

    [Fact]
    public void KubernetesPortalService_OffersEveryPlayerPortOfThePortal()
    {
        var documents = ReadYaml(Path.Combine(Folder("kubernetes"), "portal.yaml"));
        var portal = documents.Single(d => (string?)d["kind"] == "Deployment");
        var service = documents.Single(d => (string?)d["kind"] == "Service");
        var container = Map(List(At(portal, "spec", "template", "spec", "containers"), "containers")[0], "container");
        var offered = List(At(service, "spec", "ports"), "ports").Select(p => (string)Map(p, "port")["targetPort"]!).Order();
        var players = List(container["ports"], "ports").Select(p => (string)Map(p, "port")["name"]!).Where(n => n != "admin").Order();

        Assert.Equal(["telnet", "telnet-tls", "websocket", "wss"], players);
        Assert.Equal(players, offered);
    }

    [Fact]
    public void SystemdUnits_AreWellFormed_AndStartEachProcessFromItsInstallFolder()
    {
        var folder = Folder("systemd");
        var units = Directory.GetFiles(folder).Where(f => f.EndsWith(".service", StringComparison.Ordinal) || f.EndsWith(".target", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(["mud-portal.service", "mud-silo@.service", "mud-webportal.service", "mud.target"], units.Select(Path.GetFileName));
        foreach (var (file, assembly) in new[] { ("mud-silo@.service", "silo/Mud.Silo.dll"), ("mud-portal.service", "portal/Mud.Portal.dll"), ("mud-webportal.service", "webportal/Mud.WebPortal.dll") })
        {
            var unit = ReadUnit(Path.Combine(folder, file));
            Assert.Equal(["Install", "Service", "Unit"], unit.Keys.Order());
            Assert.Equal($"/usr/bin/dotnet /opt/mud/{assembly}", Assert.Single(unit["Service"]["ExecStart"]));
            Assert.Contains("/etc/mud/mud.env", unit["Service"]["EnvironmentFile"]);
            Assert.Equal("mud.target", Assert.Single(unit["Install"]["WantedBy"]));
            Assert.Equal("SIGTERM", Assert.Single(unit["Service"]["KillSignal"]));
        }

        var target = ReadUnit(Path.Combine(folder, "mud.target"));
        var wanted = Assert.Single(target["Unit"]["Wants"]).Split(' ');
        Assert.Contains("mud-silo@1.service", wanted);
        Assert.Contains("mud-portal.service", wanted);
        Assert.Contains("mud-webportal.service", wanted);

        // Where systemd itself is installed, it checks the units too.
        if (File.Exists("/usr/bin/systemd-analyze"))
        {
            var verify = Process.Start(new ProcessStartInfo("/usr/bin/systemd-analyze", ["verify", "--man=no", .. units]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var complaints = verify.StandardError.ReadToEnd() + verify.StandardOutput.ReadToEnd();
            verify.WaitForExit();
            Assert.True(verify.ExitCode == 0, "systemd-analyze verify: " + complaints);
        }
    }

    [Fact]
    public void EverySettingTheDeployFilesUse_IsDocumentedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(MudInstance.RepositoryRoot, "README.md"));
        var used = new[] { "compose", "kubernetes", "systemd", "docker" }
            .SelectMany(f => Directory.GetFiles(Folder(f)))
            .SelectMany(f => SettingName().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains($"`{name.Replace("__", ":", StringComparison.Ordinal)}`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Scripts_AreValidBash()
    {
        var scripts = Directory.GetFiles(Folder("scripts"), "*.sh").Append(Path.Combine(MudInstance.RepositoryRoot, "mud")).ToList();
        Assert.Contains(scripts, s => s.EndsWith("run-local-cluster.sh", StringComparison.Ordinal));
        foreach (var script in scripts)
        {
            var check = Process.Start(new ProcessStartInfo("bash", ["-n", script]) { RedirectStandardError = true })!;
            var errors = check.StandardError.ReadToEnd();
            check.WaitForExit();
            Assert.True(check.ExitCode == 0, $"{script}: {errors}");
        }
    }

    [GeneratedRegex(@"\bMud__[A-Za-z]+__[A-Za-z]+\b")]
    private static partial Regex SettingName();
}
