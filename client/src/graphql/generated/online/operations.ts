import type * as Types from '../schema';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type OnlineExhibitionCardFragment = { __typename?: 'OnlineExhibition', id: string, title: string, subtitle?: string | null, intro: string, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type OnlineExhibitionsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type OnlineExhibitionsQuery = { __typename?: 'Query', onlineExhibitions: Array<{ __typename?: 'OnlineExhibition', id: string, title: string, subtitle?: string | null, intro: string, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null }> };

export type OnlineExhibitionQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type OnlineExhibitionQuery = { __typename?: 'Query', onlineExhibition?: { __typename?: 'OnlineExhibition', id: string, title: string, subtitle?: string | null, intro: string, exhibitCount: number, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null }> }>, exhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, opensOn: string, closesOn?: string | null, branch: { __typename?: 'Branch', id: string, shortName: string } }>, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } | null };

export type PublicationsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type PublicationsQuery = { __typename?: 'Query', publications: Array<{ __typename?: 'Publication', id: string, title: string, year: number, abstract: string, obtain: string, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null, article?: { __typename?: 'Article', id: string, title: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const OnlineExhibitionCardFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment OnlineExhibitionCard on OnlineExhibition {
  id
  title
  subtitle
  intro
  exhibitCount
  cover {
    url
    thumbUrl
  }
  branch {
    id
    shortName
  }
}
    `, {"fragmentName":"OnlineExhibitionCard"}) as unknown as TypedDocumentString<OnlineExhibitionCardFragment, unknown>;
export const OnlineExhibitionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OnlineExhibitions {
  onlineExhibitions {
    ...OnlineExhibitionCard
  }
}
    fragment OnlineExhibitionCard on OnlineExhibition {
  id
  title
  subtitle
  intro
  exhibitCount
  cover {
    url
    thumbUrl
  }
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<OnlineExhibitionsQuery, OnlineExhibitionsQueryVariables>;
export const OnlineExhibitionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OnlineExhibition($id: ID!) {
  onlineExhibition(id: $id) {
    ...OnlineExhibitionCard
    exhibits {
      id
      position
      title
      caption
      description
      archiveRef
      period
      holdingBranch {
        id
        shortName
      }
      images {
        url
        thumbUrl
        largeUrl
        width
        height
      }
    }
    exhibitions {
      id
      title
      mode
      phase
      opensOn
      closesOn
      branch {
        id
        shortName
      }
    }
  }
}
    fragment OnlineExhibitionCard on OnlineExhibition {
  id
  title
  subtitle
  intro
  exhibitCount
  cover {
    url
    thumbUrl
  }
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<OnlineExhibitionQuery, OnlineExhibitionQueryVariables>;
export const PublicationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Publications {
  publications {
    id
    title
    year
    abstract
    obtain
    cover {
      url
      thumbUrl
    }
    branch {
      id
      shortName
    }
    article {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PublicationsQuery, PublicationsQueryVariables>;