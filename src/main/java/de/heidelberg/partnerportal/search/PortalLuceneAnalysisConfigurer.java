package de.heidelberg.partnerportal.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the portal's analyzers with the embedded Lucene backend. */
public class PortalLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String name : Analyzers.NAMES) {
            context.analyzer(name).instance(Analyzers.create(name));
        }
    }
}
