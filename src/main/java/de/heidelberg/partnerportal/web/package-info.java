/**
 * The portal's own answer to every error, wherever it arises: JSON {@code {"error","message"}} on the API, a
 * translated page elsewhere — from Spring MVC, Spring Security and Tomcat itself (requests it refuses before
 * the portal sees them), never a framework's default page, a server version or a stack trace.
 */
@NullMarked
package de.heidelberg.partnerportal.web;

import org.jspecify.annotations.NullMarked;
