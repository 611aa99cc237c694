using SlmAssistant.Admin;
using SlmAssistant.Bot;
using SlmAssistant.Composition;
using SlmAssistant.Host.Composition;
using SlmAssistant.Host.Features.Knowledge;
using SlmAssistant.Host.Features.OpenAI;
using SlmAssistant.Host.ServiceDefaults;

namespace SlmAssistant.Host;

/// <summary>Builds the web application; Program runs it, functional tests start it on a loopback port.</summary>
public static class HostApp
{
    /// <param name="configure">Runs after the product's registrations: functional tests add their own services here.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.UseSlmLayers(builder.Environment.EnvironmentName, Directory.GetCurrentDirectory(), args, watch: true);
        builder.AddServiceDefaults();
        builder.AddSlmAssistant();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapKnowledgeApi();
        app.MapBot();
        app.MapSlmAdmin();
        app.MapOpenAI();
        return app;
    }
}
