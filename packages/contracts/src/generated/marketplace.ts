import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from './agentvault/marketplace/v1/Actor.js';
import type { AgentTasksRequest as _agentvault_marketplace_v1_AgentTasksRequest, AgentTasksRequest__Output as _agentvault_marketplace_v1_AgentTasksRequest__Output } from './agentvault/marketplace/v1/AgentTasksRequest.js';
import type { BuyerMetrics as _agentvault_marketplace_v1_BuyerMetrics, BuyerMetrics__Output as _agentvault_marketplace_v1_BuyerMetrics__Output } from './agentvault/marketplace/v1/BuyerMetrics.js';
import type { BuyerRef as _agentvault_marketplace_v1_BuyerRef, BuyerRef__Output as _agentvault_marketplace_v1_BuyerRef__Output } from './agentvault/marketplace/v1/BuyerRef.js';
import type { BuyerSpend as _agentvault_marketplace_v1_BuyerSpend, BuyerSpend__Output as _agentvault_marketplace_v1_BuyerSpend__Output } from './agentvault/marketplace/v1/BuyerSpend.js';
import type { CapabilityPrice as _agentvault_marketplace_v1_CapabilityPrice, CapabilityPrice__Output as _agentvault_marketplace_v1_CapabilityPrice__Output } from './agentvault/marketplace/v1/CapabilityPrice.js';
import type { Category as _agentvault_marketplace_v1_Category, Category__Output as _agentvault_marketplace_v1_Category__Output } from './agentvault/marketplace/v1/Category.js';
import type { CategoryList as _agentvault_marketplace_v1_CategoryList, CategoryList__Output as _agentvault_marketplace_v1_CategoryList__Output } from './agentvault/marketplace/v1/CategoryList.js';
import type { CompleteTaskRequest as _agentvault_marketplace_v1_CompleteTaskRequest, CompleteTaskRequest__Output as _agentvault_marketplace_v1_CompleteTaskRequest__Output } from './agentvault/marketplace/v1/CompleteTaskRequest.js';
import type { CreateFromTemplateRequest as _agentvault_marketplace_v1_CreateFromTemplateRequest, CreateFromTemplateRequest__Output as _agentvault_marketplace_v1_CreateFromTemplateRequest__Output } from './agentvault/marketplace/v1/CreateFromTemplateRequest.js';
import type { CreateListingRequest as _agentvault_marketplace_v1_CreateListingRequest, CreateListingRequest__Output as _agentvault_marketplace_v1_CreateListingRequest__Output } from './agentvault/marketplace/v1/CreateListingRequest.js';
import type { CreateSettlementRequest as _agentvault_marketplace_v1_CreateSettlementRequest, CreateSettlementRequest__Output as _agentvault_marketplace_v1_CreateSettlementRequest__Output } from './agentvault/marketplace/v1/CreateSettlementRequest.js';
import type { DailyPoint as _agentvault_marketplace_v1_DailyPoint, DailyPoint__Output as _agentvault_marketplace_v1_DailyPoint__Output } from './agentvault/marketplace/v1/DailyPoint.js';
import type { DailyUsage as _agentvault_marketplace_v1_DailyUsage, DailyUsage__Output as _agentvault_marketplace_v1_DailyUsage__Output } from './agentvault/marketplace/v1/DailyUsage.js';
import type { DailyUsageReport as _agentvault_marketplace_v1_DailyUsageReport, DailyUsageReport__Output as _agentvault_marketplace_v1_DailyUsageReport__Output } from './agentvault/marketplace/v1/DailyUsageReport.js';
import type { DaysRequest as _agentvault_marketplace_v1_DaysRequest, DaysRequest__Output as _agentvault_marketplace_v1_DaysRequest__Output } from './agentvault/marketplace/v1/DaysRequest.js';
import type { DiscoverRequest as _agentvault_marketplace_v1_DiscoverRequest, DiscoverRequest__Output as _agentvault_marketplace_v1_DiscoverRequest__Output } from './agentvault/marketplace/v1/DiscoverRequest.js';
import type { Empty as _agentvault_marketplace_v1_Empty, Empty__Output as _agentvault_marketplace_v1_Empty__Output } from './agentvault/marketplace/v1/Empty.js';
import type { EndpointTest as _agentvault_marketplace_v1_EndpointTest, EndpointTest__Output as _agentvault_marketplace_v1_EndpointTest__Output } from './agentvault/marketplace/v1/EndpointTest.js';
import type { FailTaskRequest as _agentvault_marketplace_v1_FailTaskRequest, FailTaskRequest__Output as _agentvault_marketplace_v1_FailTaskRequest__Output } from './agentvault/marketplace/v1/FailTaskRequest.js';
import type { Header as _agentvault_marketplace_v1_Header, Header__Output as _agentvault_marketplace_v1_Header__Output } from './agentvault/marketplace/v1/Header.js';
import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from './agentvault/marketplace/v1/InvocationActor.js';
import type { InvocationConfig as _agentvault_marketplace_v1_InvocationConfig, InvocationConfig__Output as _agentvault_marketplace_v1_InvocationConfig__Output } from './agentvault/marketplace/v1/InvocationConfig.js';
import type { InvocationConfigRef as _agentvault_marketplace_v1_InvocationConfigRef, InvocationConfigRef__Output as _agentvault_marketplace_v1_InvocationConfigRef__Output } from './agentvault/marketplace/v1/InvocationConfigRef.js';
import type { InvocationIdempotency as _agentvault_marketplace_v1_InvocationIdempotency, InvocationIdempotency__Output as _agentvault_marketplace_v1_InvocationIdempotency__Output } from './agentvault/marketplace/v1/InvocationIdempotency.js';
import type { InvokeRequest as _agentvault_marketplace_v1_InvokeRequest, InvokeRequest__Output as _agentvault_marketplace_v1_InvokeRequest__Output } from './agentvault/marketplace/v1/InvokeRequest.js';
import type { Leaderboard as _agentvault_marketplace_v1_Leaderboard, Leaderboard__Output as _agentvault_marketplace_v1_Leaderboard__Output } from './agentvault/marketplace/v1/Leaderboard.js';
import type { LeaderboardEntry as _agentvault_marketplace_v1_LeaderboardEntry, LeaderboardEntry__Output as _agentvault_marketplace_v1_LeaderboardEntry__Output } from './agentvault/marketplace/v1/LeaderboardEntry.js';
import type { LeaderboardRequest as _agentvault_marketplace_v1_LeaderboardRequest, LeaderboardRequest__Output as _agentvault_marketplace_v1_LeaderboardRequest__Output } from './agentvault/marketplace/v1/LeaderboardRequest.js';
import type { ListRatingsRequest as _agentvault_marketplace_v1_ListRatingsRequest, ListRatingsRequest__Output as _agentvault_marketplace_v1_ListRatingsRequest__Output } from './agentvault/marketplace/v1/ListRatingsRequest.js';
import type { ListSettlementsRequest as _agentvault_marketplace_v1_ListSettlementsRequest, ListSettlementsRequest__Output as _agentvault_marketplace_v1_ListSettlementsRequest__Output } from './agentvault/marketplace/v1/ListSettlementsRequest.js';
import type { ListUsageRequest as _agentvault_marketplace_v1_ListUsageRequest, ListUsageRequest__Output as _agentvault_marketplace_v1_ListUsageRequest__Output } from './agentvault/marketplace/v1/ListUsageRequest.js';
import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from './agentvault/marketplace/v1/Listing.js';
import type { ListingAnalytics as _agentvault_marketplace_v1_ListingAnalytics, ListingAnalytics__Output as _agentvault_marketplace_v1_ListingAnalytics__Output } from './agentvault/marketplace/v1/ListingAnalytics.js';
import type { ListingAnalyticsRequest as _agentvault_marketplace_v1_ListingAnalyticsRequest, ListingAnalyticsRequest__Output as _agentvault_marketplace_v1_ListingAnalyticsRequest__Output } from './agentvault/marketplace/v1/ListingAnalyticsRequest.js';
import type { ListingPage as _agentvault_marketplace_v1_ListingPage, ListingPage__Output as _agentvault_marketplace_v1_ListingPage__Output } from './agentvault/marketplace/v1/ListingPage.js';
import type { ListingRef as _agentvault_marketplace_v1_ListingRef, ListingRef__Output as _agentvault_marketplace_v1_ListingRef__Output } from './agentvault/marketplace/v1/ListingRef.js';
import type { MarketplaceServiceClient as _agentvault_marketplace_v1_MarketplaceServiceClient, MarketplaceServiceDefinition as _agentvault_marketplace_v1_MarketplaceServiceDefinition } from './agentvault/marketplace/v1/MarketplaceService.js';
import type { PaymentBucket as _agentvault_marketplace_v1_PaymentBucket, PaymentBucket__Output as _agentvault_marketplace_v1_PaymentBucket__Output } from './agentvault/marketplace/v1/PaymentBucket.js';
import type { PaymentSummary as _agentvault_marketplace_v1_PaymentSummary, PaymentSummary__Output as _agentvault_marketplace_v1_PaymentSummary__Output } from './agentvault/marketplace/v1/PaymentSummary.js';
import type { PlatformStats as _agentvault_marketplace_v1_PlatformStats, PlatformStats__Output as _agentvault_marketplace_v1_PlatformStats__Output } from './agentvault/marketplace/v1/PlatformStats.js';
import type { ProviderCommission as _agentvault_marketplace_v1_ProviderCommission, ProviderCommission__Output as _agentvault_marketplace_v1_ProviderCommission__Output } from './agentvault/marketplace/v1/ProviderCommission.js';
import type { ProviderCommissionReport as _agentvault_marketplace_v1_ProviderCommissionReport, ProviderCommissionReport__Output as _agentvault_marketplace_v1_ProviderCommissionReport__Output } from './agentvault/marketplace/v1/ProviderCommissionReport.js';
import type { ProviderCommissionRequest as _agentvault_marketplace_v1_ProviderCommissionRequest, ProviderCommissionRequest__Output as _agentvault_marketplace_v1_ProviderCommissionRequest__Output } from './agentvault/marketplace/v1/ProviderCommissionRequest.js';
import type { ProviderDashboard as _agentvault_marketplace_v1_ProviderDashboard, ProviderDashboard__Output as _agentvault_marketplace_v1_ProviderDashboard__Output } from './agentvault/marketplace/v1/ProviderDashboard.js';
import type { ProviderEarnings as _agentvault_marketplace_v1_ProviderEarnings, ProviderEarnings__Output as _agentvault_marketplace_v1_ProviderEarnings__Output } from './agentvault/marketplace/v1/ProviderEarnings.js';
import type { ProviderListingsRequest as _agentvault_marketplace_v1_ProviderListingsRequest, ProviderListingsRequest__Output as _agentvault_marketplace_v1_ProviderListingsRequest__Output } from './agentvault/marketplace/v1/ProviderListingsRequest.js';
import type { ProviderRank as _agentvault_marketplace_v1_ProviderRank, ProviderRank__Output as _agentvault_marketplace_v1_ProviderRank__Output } from './agentvault/marketplace/v1/ProviderRank.js';
import type { ProviderRanking as _agentvault_marketplace_v1_ProviderRanking, ProviderRanking__Output as _agentvault_marketplace_v1_ProviderRanking__Output } from './agentvault/marketplace/v1/ProviderRanking.js';
import type { ProviderRef as _agentvault_marketplace_v1_ProviderRef, ProviderRef__Output as _agentvault_marketplace_v1_ProviderRef__Output } from './agentvault/marketplace/v1/ProviderRef.js';
import type { ProxyAnswer as _agentvault_marketplace_v1_ProxyAnswer, ProxyAnswer__Output as _agentvault_marketplace_v1_ProxyAnswer__Output } from './agentvault/marketplace/v1/ProxyAnswer.js';
import type { ProxyCall as _agentvault_marketplace_v1_ProxyCall, ProxyCall__Output as _agentvault_marketplace_v1_ProxyCall__Output } from './agentvault/marketplace/v1/ProxyCall.js';
import type { RateServiceRequest as _agentvault_marketplace_v1_RateServiceRequest, RateServiceRequest__Output as _agentvault_marketplace_v1_RateServiceRequest__Output } from './agentvault/marketplace/v1/RateServiceRequest.js';
import type { RatingPage as _agentvault_marketplace_v1_RatingPage, RatingPage__Output as _agentvault_marketplace_v1_RatingPage__Output } from './agentvault/marketplace/v1/RatingPage.js';
import type { RecommendRequest as _agentvault_marketplace_v1_RecommendRequest, RecommendRequest__Output as _agentvault_marketplace_v1_RecommendRequest__Output } from './agentvault/marketplace/v1/RecommendRequest.js';
import type { Recommendation as _agentvault_marketplace_v1_Recommendation, Recommendation__Output as _agentvault_marketplace_v1_Recommendation__Output } from './agentvault/marketplace/v1/Recommendation.js';
import type { RecommendationList as _agentvault_marketplace_v1_RecommendationList, RecommendationList__Output as _agentvault_marketplace_v1_RecommendationList__Output } from './agentvault/marketplace/v1/RecommendationList.js';
import type { RunSettlementsRequest as _agentvault_marketplace_v1_RunSettlementsRequest, RunSettlementsRequest__Output as _agentvault_marketplace_v1_RunSettlementsRequest__Output } from './agentvault/marketplace/v1/RunSettlementsRequest.js';
import type { RunSettlementsResult as _agentvault_marketplace_v1_RunSettlementsResult, RunSettlementsResult__Output as _agentvault_marketplace_v1_RunSettlementsResult__Output } from './agentvault/marketplace/v1/RunSettlementsResult.js';
import type { ServiceHealth as _agentvault_marketplace_v1_ServiceHealth, ServiceHealth__Output as _agentvault_marketplace_v1_ServiceHealth__Output } from './agentvault/marketplace/v1/ServiceHealth.js';
import type { ServiceRating as _agentvault_marketplace_v1_ServiceRating, ServiceRating__Output as _agentvault_marketplace_v1_ServiceRating__Output } from './agentvault/marketplace/v1/ServiceRating.js';
import type { ServiceReputation as _agentvault_marketplace_v1_ServiceReputation, ServiceReputation__Output as _agentvault_marketplace_v1_ServiceReputation__Output } from './agentvault/marketplace/v1/ServiceReputation.js';
import type { ServiceReputationRequest as _agentvault_marketplace_v1_ServiceReputationRequest, ServiceReputationRequest__Output as _agentvault_marketplace_v1_ServiceReputationRequest__Output } from './agentvault/marketplace/v1/ServiceReputationRequest.js';
import type { ServiceStats as _agentvault_marketplace_v1_ServiceStats, ServiceStats__Output as _agentvault_marketplace_v1_ServiceStats__Output } from './agentvault/marketplace/v1/ServiceStats.js';
import type { ServiceStatsList as _agentvault_marketplace_v1_ServiceStatsList, ServiceStatsList__Output as _agentvault_marketplace_v1_ServiceStatsList__Output } from './agentvault/marketplace/v1/ServiceStatsList.js';
import type { ServiceTemplate as _agentvault_marketplace_v1_ServiceTemplate, ServiceTemplate__Output as _agentvault_marketplace_v1_ServiceTemplate__Output } from './agentvault/marketplace/v1/ServiceTemplate.js';
import type { ServiceTemplateList as _agentvault_marketplace_v1_ServiceTemplateList, ServiceTemplateList__Output as _agentvault_marketplace_v1_ServiceTemplateList__Output } from './agentvault/marketplace/v1/ServiceTemplateList.js';
import type { ServiceTemplateRef as _agentvault_marketplace_v1_ServiceTemplateRef, ServiceTemplateRef__Output as _agentvault_marketplace_v1_ServiceTemplateRef__Output } from './agentvault/marketplace/v1/ServiceTemplateRef.js';
import type { ServicesHealthReport as _agentvault_marketplace_v1_ServicesHealthReport, ServicesHealthReport__Output as _agentvault_marketplace_v1_ServicesHealthReport__Output } from './agentvault/marketplace/v1/ServicesHealthReport.js';
import type { Settlement as _agentvault_marketplace_v1_Settlement, Settlement__Output as _agentvault_marketplace_v1_Settlement__Output } from './agentvault/marketplace/v1/Settlement.js';
import type { SettlementPage as _agentvault_marketplace_v1_SettlementPage, SettlementPage__Output as _agentvault_marketplace_v1_SettlementPage__Output } from './agentvault/marketplace/v1/SettlementPage.js';
import type { SettlementRef as _agentvault_marketplace_v1_SettlementRef, SettlementRef__Output as _agentvault_marketplace_v1_SettlementRef__Output } from './agentvault/marketplace/v1/SettlementRef.js';
import type { Task as _agentvault_marketplace_v1_Task, Task__Output as _agentvault_marketplace_v1_Task__Output } from './agentvault/marketplace/v1/Task.js';
import type { TaskList as _agentvault_marketplace_v1_TaskList, TaskList__Output as _agentvault_marketplace_v1_TaskList__Output } from './agentvault/marketplace/v1/TaskList.js';
import type { TaskRef as _agentvault_marketplace_v1_TaskRef, TaskRef__Output as _agentvault_marketplace_v1_TaskRef__Output } from './agentvault/marketplace/v1/TaskRef.js';
import type { TestEndpointRequest as _agentvault_marketplace_v1_TestEndpointRequest, TestEndpointRequest__Output as _agentvault_marketplace_v1_TestEndpointRequest__Output } from './agentvault/marketplace/v1/TestEndpointRequest.js';
import type { TopService as _agentvault_marketplace_v1_TopService, TopService__Output as _agentvault_marketplace_v1_TopService__Output } from './agentvault/marketplace/v1/TopService.js';
import type { TopServicesReport as _agentvault_marketplace_v1_TopServicesReport, TopServicesReport__Output as _agentvault_marketplace_v1_TopServicesReport__Output } from './agentvault/marketplace/v1/TopServicesReport.js';
import type { TrendPoint as _agentvault_marketplace_v1_TrendPoint, TrendPoint__Output as _agentvault_marketplace_v1_TrendPoint__Output } from './agentvault/marketplace/v1/TrendPoint.js';
import type { TrendReport as _agentvault_marketplace_v1_TrendReport, TrendReport__Output as _agentvault_marketplace_v1_TrendReport__Output } from './agentvault/marketplace/v1/TrendReport.js';
import type { TrendingList as _agentvault_marketplace_v1_TrendingList, TrendingList__Output as _agentvault_marketplace_v1_TrendingList__Output } from './agentvault/marketplace/v1/TrendingList.js';
import type { TrendingRequest as _agentvault_marketplace_v1_TrendingRequest, TrendingRequest__Output as _agentvault_marketplace_v1_TrendingRequest__Output } from './agentvault/marketplace/v1/TrendingRequest.js';
import type { TrendingService as _agentvault_marketplace_v1_TrendingService, TrendingService__Output as _agentvault_marketplace_v1_TrendingService__Output } from './agentvault/marketplace/v1/TrendingService.js';
import type { UpdateInvocationConfigRequest as _agentvault_marketplace_v1_UpdateInvocationConfigRequest, UpdateInvocationConfigRequest__Output as _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output } from './agentvault/marketplace/v1/UpdateInvocationConfigRequest.js';
import type { UpdateListingRequest as _agentvault_marketplace_v1_UpdateListingRequest, UpdateListingRequest__Output as _agentvault_marketplace_v1_UpdateListingRequest__Output } from './agentvault/marketplace/v1/UpdateListingRequest.js';
import type { Usage as _agentvault_marketplace_v1_Usage, Usage__Output as _agentvault_marketplace_v1_Usage__Output } from './agentvault/marketplace/v1/Usage.js';
import type { UsagePage as _agentvault_marketplace_v1_UsagePage, UsagePage__Output as _agentvault_marketplace_v1_UsagePage__Output } from './agentvault/marketplace/v1/UsagePage.js';
import type { UsageSummary as _agentvault_marketplace_v1_UsageSummary, UsageSummary__Output as _agentvault_marketplace_v1_UsageSummary__Output } from './agentvault/marketplace/v1/UsageSummary.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    marketplace: {
      v1: {
        Actor: MessageTypeDefinition<_agentvault_marketplace_v1_Actor, _agentvault_marketplace_v1_Actor__Output>
        AgentTasksRequest: MessageTypeDefinition<_agentvault_marketplace_v1_AgentTasksRequest, _agentvault_marketplace_v1_AgentTasksRequest__Output>
        BuyerMetrics: MessageTypeDefinition<_agentvault_marketplace_v1_BuyerMetrics, _agentvault_marketplace_v1_BuyerMetrics__Output>
        BuyerRef: MessageTypeDefinition<_agentvault_marketplace_v1_BuyerRef, _agentvault_marketplace_v1_BuyerRef__Output>
        BuyerSpend: MessageTypeDefinition<_agentvault_marketplace_v1_BuyerSpend, _agentvault_marketplace_v1_BuyerSpend__Output>
        CapabilityPrice: MessageTypeDefinition<_agentvault_marketplace_v1_CapabilityPrice, _agentvault_marketplace_v1_CapabilityPrice__Output>
        Category: MessageTypeDefinition<_agentvault_marketplace_v1_Category, _agentvault_marketplace_v1_Category__Output>
        CategoryList: MessageTypeDefinition<_agentvault_marketplace_v1_CategoryList, _agentvault_marketplace_v1_CategoryList__Output>
        CompleteTaskRequest: MessageTypeDefinition<_agentvault_marketplace_v1_CompleteTaskRequest, _agentvault_marketplace_v1_CompleteTaskRequest__Output>
        CreateFromTemplateRequest: MessageTypeDefinition<_agentvault_marketplace_v1_CreateFromTemplateRequest, _agentvault_marketplace_v1_CreateFromTemplateRequest__Output>
        CreateListingRequest: MessageTypeDefinition<_agentvault_marketplace_v1_CreateListingRequest, _agentvault_marketplace_v1_CreateListingRequest__Output>
        CreateSettlementRequest: MessageTypeDefinition<_agentvault_marketplace_v1_CreateSettlementRequest, _agentvault_marketplace_v1_CreateSettlementRequest__Output>
        DailyPoint: MessageTypeDefinition<_agentvault_marketplace_v1_DailyPoint, _agentvault_marketplace_v1_DailyPoint__Output>
        DailyUsage: MessageTypeDefinition<_agentvault_marketplace_v1_DailyUsage, _agentvault_marketplace_v1_DailyUsage__Output>
        DailyUsageReport: MessageTypeDefinition<_agentvault_marketplace_v1_DailyUsageReport, _agentvault_marketplace_v1_DailyUsageReport__Output>
        DaysRequest: MessageTypeDefinition<_agentvault_marketplace_v1_DaysRequest, _agentvault_marketplace_v1_DaysRequest__Output>
        DiscoverRequest: MessageTypeDefinition<_agentvault_marketplace_v1_DiscoverRequest, _agentvault_marketplace_v1_DiscoverRequest__Output>
        Empty: MessageTypeDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_Empty__Output>
        EndpointTest: MessageTypeDefinition<_agentvault_marketplace_v1_EndpointTest, _agentvault_marketplace_v1_EndpointTest__Output>
        FailTaskRequest: MessageTypeDefinition<_agentvault_marketplace_v1_FailTaskRequest, _agentvault_marketplace_v1_FailTaskRequest__Output>
        Header: MessageTypeDefinition<_agentvault_marketplace_v1_Header, _agentvault_marketplace_v1_Header__Output>
        InvocationActor: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationActor, _agentvault_marketplace_v1_InvocationActor__Output>
        InvocationConfig: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationConfig, _agentvault_marketplace_v1_InvocationConfig__Output>
        InvocationConfigRef: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationConfigRef, _agentvault_marketplace_v1_InvocationConfigRef__Output>
        InvocationIdempotency: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationIdempotency, _agentvault_marketplace_v1_InvocationIdempotency__Output>
        InvokeRequest: MessageTypeDefinition<_agentvault_marketplace_v1_InvokeRequest, _agentvault_marketplace_v1_InvokeRequest__Output>
        Leaderboard: MessageTypeDefinition<_agentvault_marketplace_v1_Leaderboard, _agentvault_marketplace_v1_Leaderboard__Output>
        LeaderboardEntry: MessageTypeDefinition<_agentvault_marketplace_v1_LeaderboardEntry, _agentvault_marketplace_v1_LeaderboardEntry__Output>
        LeaderboardRequest: MessageTypeDefinition<_agentvault_marketplace_v1_LeaderboardRequest, _agentvault_marketplace_v1_LeaderboardRequest__Output>
        ListRatingsRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ListRatingsRequest, _agentvault_marketplace_v1_ListRatingsRequest__Output>
        ListSettlementsRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ListSettlementsRequest, _agentvault_marketplace_v1_ListSettlementsRequest__Output>
        ListUsageRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ListUsageRequest, _agentvault_marketplace_v1_ListUsageRequest__Output>
        Listing: MessageTypeDefinition<_agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_Listing__Output>
        ListingAnalytics: MessageTypeDefinition<_agentvault_marketplace_v1_ListingAnalytics, _agentvault_marketplace_v1_ListingAnalytics__Output>
        ListingAnalyticsRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ListingAnalyticsRequest, _agentvault_marketplace_v1_ListingAnalyticsRequest__Output>
        ListingPage: MessageTypeDefinition<_agentvault_marketplace_v1_ListingPage, _agentvault_marketplace_v1_ListingPage__Output>
        ListingRef: MessageTypeDefinition<_agentvault_marketplace_v1_ListingRef, _agentvault_marketplace_v1_ListingRef__Output>
        MarketplaceService: SubtypeConstructor<typeof grpc.Client, _agentvault_marketplace_v1_MarketplaceServiceClient> & { service: _agentvault_marketplace_v1_MarketplaceServiceDefinition }
        PaymentBucket: MessageTypeDefinition<_agentvault_marketplace_v1_PaymentBucket, _agentvault_marketplace_v1_PaymentBucket__Output>
        PaymentSummary: MessageTypeDefinition<_agentvault_marketplace_v1_PaymentSummary, _agentvault_marketplace_v1_PaymentSummary__Output>
        PlatformStats: MessageTypeDefinition<_agentvault_marketplace_v1_PlatformStats, _agentvault_marketplace_v1_PlatformStats__Output>
        ProviderCommission: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderCommission, _agentvault_marketplace_v1_ProviderCommission__Output>
        ProviderCommissionReport: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderCommissionReport, _agentvault_marketplace_v1_ProviderCommissionReport__Output>
        ProviderCommissionRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderCommissionRequest, _agentvault_marketplace_v1_ProviderCommissionRequest__Output>
        ProviderDashboard: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderDashboard, _agentvault_marketplace_v1_ProviderDashboard__Output>
        ProviderEarnings: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderEarnings, _agentvault_marketplace_v1_ProviderEarnings__Output>
        ProviderListingsRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderListingsRequest, _agentvault_marketplace_v1_ProviderListingsRequest__Output>
        ProviderRank: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderRank, _agentvault_marketplace_v1_ProviderRank__Output>
        ProviderRanking: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderRanking, _agentvault_marketplace_v1_ProviderRanking__Output>
        ProviderRef: MessageTypeDefinition<_agentvault_marketplace_v1_ProviderRef, _agentvault_marketplace_v1_ProviderRef__Output>
        ProxyAnswer: MessageTypeDefinition<_agentvault_marketplace_v1_ProxyAnswer, _agentvault_marketplace_v1_ProxyAnswer__Output>
        ProxyCall: MessageTypeDefinition<_agentvault_marketplace_v1_ProxyCall, _agentvault_marketplace_v1_ProxyCall__Output>
        RateServiceRequest: MessageTypeDefinition<_agentvault_marketplace_v1_RateServiceRequest, _agentvault_marketplace_v1_RateServiceRequest__Output>
        RatingPage: MessageTypeDefinition<_agentvault_marketplace_v1_RatingPage, _agentvault_marketplace_v1_RatingPage__Output>
        RecommendRequest: MessageTypeDefinition<_agentvault_marketplace_v1_RecommendRequest, _agentvault_marketplace_v1_RecommendRequest__Output>
        Recommendation: MessageTypeDefinition<_agentvault_marketplace_v1_Recommendation, _agentvault_marketplace_v1_Recommendation__Output>
        RecommendationList: MessageTypeDefinition<_agentvault_marketplace_v1_RecommendationList, _agentvault_marketplace_v1_RecommendationList__Output>
        RunSettlementsRequest: MessageTypeDefinition<_agentvault_marketplace_v1_RunSettlementsRequest, _agentvault_marketplace_v1_RunSettlementsRequest__Output>
        RunSettlementsResult: MessageTypeDefinition<_agentvault_marketplace_v1_RunSettlementsResult, _agentvault_marketplace_v1_RunSettlementsResult__Output>
        ServiceHealth: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceHealth, _agentvault_marketplace_v1_ServiceHealth__Output>
        ServiceRating: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceRating, _agentvault_marketplace_v1_ServiceRating__Output>
        ServiceReputation: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceReputation, _agentvault_marketplace_v1_ServiceReputation__Output>
        ServiceReputationRequest: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceReputationRequest, _agentvault_marketplace_v1_ServiceReputationRequest__Output>
        ServiceStats: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceStats, _agentvault_marketplace_v1_ServiceStats__Output>
        ServiceStatsList: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceStatsList, _agentvault_marketplace_v1_ServiceStatsList__Output>
        ServiceTemplate: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceTemplate, _agentvault_marketplace_v1_ServiceTemplate__Output>
        ServiceTemplateList: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceTemplateList, _agentvault_marketplace_v1_ServiceTemplateList__Output>
        ServiceTemplateRef: MessageTypeDefinition<_agentvault_marketplace_v1_ServiceTemplateRef, _agentvault_marketplace_v1_ServiceTemplateRef__Output>
        ServicesHealthReport: MessageTypeDefinition<_agentvault_marketplace_v1_ServicesHealthReport, _agentvault_marketplace_v1_ServicesHealthReport__Output>
        Settlement: MessageTypeDefinition<_agentvault_marketplace_v1_Settlement, _agentvault_marketplace_v1_Settlement__Output>
        SettlementPage: MessageTypeDefinition<_agentvault_marketplace_v1_SettlementPage, _agentvault_marketplace_v1_SettlementPage__Output>
        SettlementRef: MessageTypeDefinition<_agentvault_marketplace_v1_SettlementRef, _agentvault_marketplace_v1_SettlementRef__Output>
        Task: MessageTypeDefinition<_agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_Task__Output>
        TaskList: MessageTypeDefinition<_agentvault_marketplace_v1_TaskList, _agentvault_marketplace_v1_TaskList__Output>
        TaskRef: MessageTypeDefinition<_agentvault_marketplace_v1_TaskRef, _agentvault_marketplace_v1_TaskRef__Output>
        TestEndpointRequest: MessageTypeDefinition<_agentvault_marketplace_v1_TestEndpointRequest, _agentvault_marketplace_v1_TestEndpointRequest__Output>
        TopService: MessageTypeDefinition<_agentvault_marketplace_v1_TopService, _agentvault_marketplace_v1_TopService__Output>
        TopServicesReport: MessageTypeDefinition<_agentvault_marketplace_v1_TopServicesReport, _agentvault_marketplace_v1_TopServicesReport__Output>
        TrendPoint: MessageTypeDefinition<_agentvault_marketplace_v1_TrendPoint, _agentvault_marketplace_v1_TrendPoint__Output>
        TrendReport: MessageTypeDefinition<_agentvault_marketplace_v1_TrendReport, _agentvault_marketplace_v1_TrendReport__Output>
        TrendingList: MessageTypeDefinition<_agentvault_marketplace_v1_TrendingList, _agentvault_marketplace_v1_TrendingList__Output>
        TrendingRequest: MessageTypeDefinition<_agentvault_marketplace_v1_TrendingRequest, _agentvault_marketplace_v1_TrendingRequest__Output>
        TrendingService: MessageTypeDefinition<_agentvault_marketplace_v1_TrendingService, _agentvault_marketplace_v1_TrendingService__Output>
        UpdateInvocationConfigRequest: MessageTypeDefinition<_agentvault_marketplace_v1_UpdateInvocationConfigRequest, _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output>
        UpdateListingRequest: MessageTypeDefinition<_agentvault_marketplace_v1_UpdateListingRequest, _agentvault_marketplace_v1_UpdateListingRequest__Output>
        Usage: MessageTypeDefinition<_agentvault_marketplace_v1_Usage, _agentvault_marketplace_v1_Usage__Output>
        UsagePage: MessageTypeDefinition<_agentvault_marketplace_v1_UsagePage, _agentvault_marketplace_v1_UsagePage__Output>
        UsageSummary: MessageTypeDefinition<_agentvault_marketplace_v1_UsageSummary, _agentvault_marketplace_v1_UsageSummary__Output>
      }
    }
  }
}

