using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlmAssistant.Admin.Features.Analytics;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Features.Conversations;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Features.Playground;
using SlmAssistant.Admin.Features.Security;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.Admin.Features.Upload;
using SlmAssistant.Admin.Infrastructure;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.Storage;

namespace SlmAssistant.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// The admin console: pages, API, sign-in (cookie + X-Api-Key), the persistent upload queue and its worker, the
    /// audit log and the analytics reader. Options: "Admin" (<see cref="AdminOptions"/>) and
    /// "Knowledge:DataDirectory". The host provides what the console manages and reads: IKnowledgeStore, IIngestionJournal
    /// and IngestionPipeline (AddSlmIngestion with its embedding generator), IAnswerLedger (AddSlmEscalation) and
    /// IConversationHistory (AddSlmConversations); IKnowledgeSearch and IAnswerService are used by the playground when
    /// registered.
    /// </summary>
    public static IServiceCollection AddSlmAdmin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.AddSlmStorage();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<AdminDatabase>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AdminUserStore>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ApiKeyCache>();
        services.AddScoped<AdminSignInService>();
        services.AddAdminAuthentication();

        services.AddSlmIngestionQueue();
        services.AddSingleton<UploadInspector>();
        services.AddScoped<UploadService>();

        services.AddScoped<DocumentCatalog>();
        services.AddScoped<DocumentCommands>();
        services.AddScoped<PlaygroundService>();
        services.AddScoped<ConversationEraser>();
        services.TryAddSingleton<IAnalyticsReader, AnalyticsReader>();

        services.AddProblemDetails();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, AdminSecurityHeaders>());
        services.AddAntiforgery();
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", AdminAuthentication.Policy);
                options.Conventions.AllowAnonymousToPage("/Admin/Login");
            })
            .ConfigureApplicationPartManager(AddConsoleParts);
        return services;
    }

    /// <summary>The pages are compiled into this assembly; a host (or a test) whose entry assembly does not reference it still finds them.</summary>
    private static void AddConsoleParts(ApplicationPartManager manager)
    {
        var assembly = typeof(AdminServiceCollectionExtensions).Assembly;
        if (manager.ApplicationParts.Any(part => part.Name == assembly.GetName().Name))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }
}
