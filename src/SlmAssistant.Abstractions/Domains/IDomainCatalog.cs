namespace SlmAssistant.Abstractions.Domains;

/// <summary>The domain profiles, one catalogue for answering and every channel.</summary>
public interface IDomainCatalog
{
    IReadOnlyCollection<DomainProfile> All { get; }

    /// <summary>The profile of <paramref name="domain"/>, or a generic one when there is none.</summary>
    DomainProfile Resolve(string? domain);

    /// <summary>The profile of <paramref name="domain"/>, or null when no profile has that name.</summary>
    DomainProfile? Find(string? domain);
}
