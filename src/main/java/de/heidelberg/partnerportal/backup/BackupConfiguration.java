package de.heidelberg.partnerportal.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly backup runs on Spring's scheduler ({@code portal.backup.cron}; "-" turns it off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupConfiguration {}
