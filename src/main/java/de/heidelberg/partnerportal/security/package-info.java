/** Users, roles, sign-in, session revocation and the initial accounts. */
@NullMarked
package de.heidelberg.partnerportal.security;

import org.jspecify.annotations.NullMarked;
