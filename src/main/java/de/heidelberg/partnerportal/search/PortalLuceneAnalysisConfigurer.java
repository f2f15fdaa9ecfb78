package de.heidelberg.partnerportal.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the portal's analyzers with the embedded Lucene backend. */
public class PortalLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.GERMAN).instance(Analyzers.german());
        context.analyzer(Analyzers.GERMAN_QUERY).instance(Analyzers.germanQuery());
        context.analyzer(Analyzers.ENGLISH).instance(Analyzers.english());
        context.analyzer(Analyzers.FRENCH).instance(Analyzers.french());
        context.analyzer(Analyzers.FOLDING).instance(Analyzers.folding());
    }
}
