/** Views of networks: the list, a network's page and its editor. */
@NullMarked
package de.heidelberg.partnerportal.network.ui;

import org.jspecify.annotations.NullMarked;
