import { Anchor, type AnchorProps, UnstyledButton, type UnstyledButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

// Kit components that are router links with typed `to`, `params` and `search` (TanStack Router's
// createLink recipe for component libraries).

type AnchorElementProps = AnchorProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
type ButtonElementProps = UnstyledButtonProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

function MantineAnchor(props: AnchorElementProps) {
  return <Anchor {...props} />;
}
function MantineBlockLink(props: ButtonElementProps) {
  return <UnstyledButton component="a" {...props} />;
}

const CreatedAnchor = createLink(MantineAnchor);
const CreatedBlockLink = createLink(MantineBlockLink);

/** An inline text link to a dashboard page. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchor {...props} />;

/** A whole card or tile that leads to a dashboard page. */
export const BlockLink: LinkComponent<typeof MantineBlockLink> = (props) => <CreatedBlockLink {...props} />;
